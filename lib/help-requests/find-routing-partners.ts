import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type RoutingPartner = { id: string; name: string; teams: string[] };

/**
 * The partner organisations a rule can route to, each with its teams: the active ones, plus the one a
 * rule being edited already names (`keepId`), so the form still shows it.
 */
export async function findRoutingPartners(actor: Actor, keepId?: string): Promise<RoutingPartner[]> {
  assertCan(actor, "referenceData.manage");
  const partners = await prisma.partnerOrganisation.findMany({
    where: keepId ? { OR: [{ active: true }, { id: keepId }] } : { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teams: { orderBy: { name: "asc" }, select: { name: true } } },
  });
  return partners.map((partner) => ({ id: partner.id, name: partner.name, teams: partner.teams.map((team) => team.name) }));
}
