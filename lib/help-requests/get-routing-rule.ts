import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { RoutingRuleRow } from "./find-routing-rules";

/** One rule for the edit form; an unknown id is "not found". */
export async function getRoutingRule(actor: Actor, id: string): Promise<RoutingRuleRow | null> {
  assertCan(actor, "referenceData.manage");
  const rule = await prisma.routingRule.findUnique({
    where: { id },
    select: {
      id: true,
      question: true,
      priority: true,
      maxAge: true,
      team: true,
      normWorkingDays: true,
      active: true,
      partnerOrganisation: { select: { id: true, name: true } },
    },
  });
  if (!rule) return null;
  const { partnerOrganisation, ...rest } = rule;
  return { ...rest, partnerOrganisationId: partnerOrganisation.id, partner: partnerOrganisation.name };
}
