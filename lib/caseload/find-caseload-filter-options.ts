import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type CaseloadFilterOptions = {
  occupationClasses: { code: string; name: string }[];
  workAreas: { id: string; name: string }[];
};

/** The choices of the caseload's wish filters (reference data, no personal data). */
export async function findCaseloadFilterOptions({ actor }: { actor: Actor }): Promise<CaseloadFilterOptions> {
  assertCan(actor, "caseload.read");
  const [occupationClasses, workAreas] = await Promise.all([
    prisma.occupationClass.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    prisma.workArea.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { occupationClasses, workAreas };
}
