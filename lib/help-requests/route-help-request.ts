import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { HelpQuestion } from "@/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { addWorkingDays } from "@/lib/time/working-days";
import { FALLBACK_ROUTE } from "./fallback-route";
import { selectRoutingRule } from "./select-routing-rule";

export type Route = {
  routingRuleId: string | null;
  partnerOrganisationId: string;
  partnerName: string;
  team: string;
  normWorkingDays: number;
  dueBy: Date;
};

/** Picks the partner and team for a new help request (J1) from the routing rules in the database. */
export async function routeHelpRequest(
  tx: Prisma.TransactionClient,
  request: { question: HelpQuestion; age: number | null; now: Date },
): Promise<Route> {
  const rules = await tx.routingRule.findMany({
    where: { question: request.question, active: true },
    select: {
      id: true,
      question: true,
      priority: true,
      maxAge: true,
      active: true,
      team: true,
      normWorkingDays: true,
      partnerOrganisation: { select: { id: true, name: true } },
    },
  });
  const rule = selectRoutingRule(rules, request);
  if (rule) {
    return {
      routingRuleId: rule.id,
      partnerOrganisationId: rule.partnerOrganisation.id,
      partnerName: rule.partnerOrganisation.name,
      team: rule.team,
      normWorkingDays: rule.normWorkingDays,
      dueBy: addWorkingDays(request.now, rule.normWorkingDays),
    };
  }

  logger.warn({ question: request.question }, "no routing rule fits; routed to the fallback team");
  const partner = await tx.partnerOrganisation.findUnique({ where: { code: FALLBACK_ROUTE.partnerCode }, select: { id: true, name: true } });
  if (!partner) throw new Error(`fallback partner ${FALLBACK_ROUTE.partnerCode} is missing from the reference data`);
  return {
    routingRuleId: null,
    partnerOrganisationId: partner.id,
    partnerName: partner.name,
    team: FALLBACK_ROUTE.team,
    normWorkingDays: FALLBACK_ROUTE.normWorkingDays,
    dueBy: addWorkingDays(request.now, FALLBACK_ROUTE.normWorkingDays),
  };
}
