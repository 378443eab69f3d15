import type { HelpQuestion } from "@/generated/prisma/enums";

/** The fields of a RoutingRule the router looks at. */
export type RoutableRule = {
  id: string;
  question: HelpQuestion;
  priority: number;
  maxAge: number | null;
  active: boolean;
};

/**
 * The "gidsrol" (J1) as one rule over data: among the active rules for this question that fit the
 * resident's age (no maxAge, or age ≤ maxAge), the lowest priority number wins; equal priorities are
 * decided by id so the outcome never depends on row order. A rule with a maxAge never applies when
 * the age is unknown. Null when nothing fits (the caller has a documented fallback).
 */
export function selectRoutingRule<Rule extends RoutableRule>(
  rules: readonly Rule[],
  request: { question: HelpQuestion; age: number | null },
): Rule | null {
  let best: Rule | null = null;
  for (const rule of rules) {
    if (!fits(rule, request)) continue;
    if (!best || rule.priority < best.priority || (rule.priority === best.priority && rule.id < best.id)) best = rule;
  }
  return best;
}

function fits(rule: RoutableRule, request: { question: HelpQuestion; age: number | null }): boolean {
  if (!rule.active || rule.question !== request.question) return false;
  if (rule.maxAge === null) return true;
  return request.age !== null && request.age <= rule.maxAge;
}

/**
 * Questions for which some resident would find no active rule: no active rule at all, or only rules
 * with a maxAge (older residents or an unknown age fall through). Shown to the admin as a warning.
 */
export function findRoutingGaps(rules: readonly RoutableRule[], questions: readonly HelpQuestion[]): HelpQuestion[] {
  return questions.filter((question) => !rules.some((rule) => rule.active && rule.question === question && rule.maxAge === null));
}
