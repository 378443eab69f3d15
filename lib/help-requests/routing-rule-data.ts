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

/** An unknown partner id is bad input at the partner field, not a server error. */
export async function assertRoutingPartnerExists(partnerOrganisationId: string): Promise<void> {
  const partner = await prisma.partnerOrganisation.findUnique({ where: { id: partnerOrganisationId }, select: { id: true } });
  if (!partner) throw new FieldInputError("partnerOrganisationId", "Kies een partnerorganisatie uit de lijst.");
}
