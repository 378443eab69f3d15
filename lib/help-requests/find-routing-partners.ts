import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

/** The partner organisations a rule can route to. */
export async function findRoutingPartners(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "referenceData.manage");
  return prisma.partnerOrganisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
