import "server-only";
import { prisma } from "@/lib/db";
import { FieldInputError } from "@/lib/forms/field-input-error";
import type { RoutingRuleFieldsInput } from "./schemas";

/** The columns an admin edits, from validated form input. */
export function routingRuleData(data: RoutingRuleFieldsInput) {
  return {
    question: data.question,
    partnerOrganisationId: data.partnerOrganisationId,
    team: data.team,
    priority: data.priority,
    maxAge: data.maxAge,
    normWorkingDays: data.normWorkingDays,
    active: data.active,
  };
}

/**
 * An unknown or switched-off partner, or a team that is not one of the partner's teams, is bad input
 * at that field, not a server error (the foreign key on partner and team would refuse it anyway).
 */
export async function assertRoutingTargetExists(partnerOrganisationId: string, team: string): Promise<void> {
  const partner = await prisma.partnerOrganisation.findFirst({
    where: { id: partnerOrganisationId, active: true },
    select: { teams: { where: { name: team }, select: { id: true } } },
  });
  if (!partner) throw new FieldInputError("partnerOrganisationId", "Kies een partnerorganisatie uit de lijst.");
  if (partner.teams.length === 0) throw new FieldInputError("team", "Kies een team van deze partnerorganisatie.");
}
