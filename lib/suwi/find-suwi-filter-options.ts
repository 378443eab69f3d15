import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type SuwiFilterOptions = { municipalities: { code: string; name: string }[]; workAreas: { id: string; name: string }[] };

/** The municipalities and work areas for the employer filter of the SUWI monitor. */
export async function findSuwiFilterOptions(actor: Actor): Promise<SuwiFilterOptions> {
  assertCan(actor, "dashboard.read");
  const [municipalities, workAreas] = await Promise.all([
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    prisma.workArea.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { municipalities, workAreas };
}
