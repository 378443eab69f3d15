import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type Option = { id: string; name: string };
export type AccountFormOptions = { partners: Option[]; workAreas: Option[] };

/** The partner organisations and work areas an ADMIN chooses from in the account forms and filters. */
export async function findAccountFormOptions(actor: Actor): Promise<AccountFormOptions> {
  assertCan(actor, "users.manage");
  const [partners, workAreas] = await Promise.all([
    prisma.partnerOrganisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.workArea.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { partners, workAreas };
}
