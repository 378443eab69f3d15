import "server-only";
import type { HelpQuestion } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { HELP_QUESTIONS } from "./schemas";
import { findRoutingGaps } from "./select-routing-rule";

export type RoutingRuleRow = {
  id: string;
  question: HelpQuestion;
  priority: number;
  maxAge: number | null;
  partnerOrganisationId: string;
  partner: string;
  team: string;
  normWorkingDays: number;
  active: boolean;
};

export type RoutingRulesOverview = { rules: RoutingRuleRow[]; gaps: HelpQuestion[] };

const QUESTION_ORDER = new Map<HelpQuestion, number>(HELP_QUESTIONS.map((question, index) => [question, index]));

/** All routing rules (ADMIN), in the form's question order and then in the order the router tries them. */
export async function findRoutingRules(actor: Actor): Promise<RoutingRulesOverview> {
  assertCan(actor, "referenceData.manage");
  const rows = await prisma.routingRule.findMany({
    orderBy: [{ priority: "asc" }, { id: "asc" }],
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
  const rules = rows
    .map(({ partnerOrganisation, ...rule }) => ({ ...rule, partnerOrganisationId: partnerOrganisation.id, partner: partnerOrganisation.name }))
    .sort((a, b) => QUESTION_ORDER.get(a.question)! - QUESTION_ORDER.get(b.question)!);
  return { rules, gaps: findRoutingGaps(rules, HELP_QUESTIONS) };
}
