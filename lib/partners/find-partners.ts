import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type PartnerRow = {
  id: string;
  code: string;
  name: string;
  kind: string;
  active: boolean;
  teams: number;
  activeUsers: number;
  activeRoutingRules: number;
};

/** Every partner organisation with what refers to it (ADMIN, /beheer/partners). */
export async function findPartners(actor: Actor): Promise<PartnerRow[]> {
  assertCan(actor, "referenceData.manage");
  const partners = await prisma.partnerOrganisation.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      active: true,
      _count: { select: { teams: true, users: { where: { disabledAt: null } }, routingRules: { where: { active: true } } } },
    },
  });
  return partners.map(({ _count, ...partner }) => ({
    ...partner,
    teams: _count.teams,
    activeUsers: _count.users,
    activeRoutingRules: _count.routingRules,
  }));
}
