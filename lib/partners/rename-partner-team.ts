import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { OPEN_HELP_REQUEST_STATUSES } from "@/lib/help-requests/team-queue-where";
import { TEAM_NAME_TAKEN_MESSAGE } from "./create-partner-team";
import { renamePartnerTeamSchema } from "./schemas";

/**
 * ADMIN renames a team, in one transaction: the team row, its routing rules (the foreign key on
 * partner and team name cascades) and the requests still waiting for it, so the team's queue shows
 * the new name. Requests already picked up and handovers keep the name they had at the time.
 */
export async function renamePartnerTeam({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; routingRules: number; openRequests: number }> {
  assertCan(actor, "referenceData.manage");
  const parsed = renamePartnerTeamSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { teamId, name } = parsed.data;
  try {
    return await prisma.$transaction(async (tx) => {
      const team = await tx.partnerTeam.findUnique({ where: { id: teamId }, select: { id: true, name: true, partnerOrganisationId: true } });
      if (!team) throw new AppError("NOT_FOUND");
      if (team.name === name) return { id: team.id, routingRules: 0, openRequests: 0 };
      await tx.partnerTeam.update({ where: { id: team.id }, data: { name } });
      const routingRules = await tx.routingRule.count({ where: { partnerOrganisationId: team.partnerOrganisationId, team: name } });
      const open = await tx.helpRequest.updateMany({
        where: { partnerOrganisationId: team.partnerOrganisationId, team: team.name, status: { in: [...OPEN_HELP_REQUEST_STATUSES] } },
        data: { team: name },
      });
      await recordAdminChange(tx, actor, { action: "partnerTeam.rename", purpose: "Team van een partnerorganisatie hernoemd", entity: "PartnerTeam", entityId: team.id });
      return { id: team.id, routingRules, openRequests: open.count };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldInputError("name", TEAM_NAME_TAKEN_MESSAGE);
    throw error;
  }
}
