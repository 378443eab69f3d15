import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/forms/record-id";

export type PartnerDetail = {
  id: string;
  code: string;
  name: string;
  kind: string;
  note: string | null;
  active: boolean;
  teams: { id: string; name: string; routingRules: number; activeRoutingRules: number }[];
};

/** One partner organisation with its teams (ADMIN); an unknown id is NOT_FOUND. */
export async function getPartner({ actor, id }: { actor: Actor; id: unknown }): Promise<PartnerDetail> {
  assertCan(actor, "referenceData.manage");
  const parsedId = recordIdSchema.safeParse(id);
  if (!parsedId.success) throw new AppError("NOT_FOUND");
  const partner = await prisma.partnerOrganisation.findUnique({
    where: { id: parsedId.data },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      note: true,
      active: true,
      teams: { orderBy: { name: "asc" }, select: { id: true, name: true, routingRules: { select: { active: true } } } },
    },
  });
  if (!partner) throw new AppError("NOT_FOUND");
  return {
    ...partner,
    teams: partner.teams.map((team) => ({
      id: team.id,
      name: team.name,
      routingRules: team.routingRules.length,
      activeRoutingRules: team.routingRules.filter((rule) => rule.active).length,
    })),
  };
}
