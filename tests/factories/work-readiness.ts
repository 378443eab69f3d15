/**
 * The werkfit rule (B2) for integration tests: integration databases start EMPTY, so call
 * `ensureWorkReadinessRule()` before recording or showing an assessment.
 *
 *   const rule = await ensureWorkReadinessRule();
 *   const input = assessmentInput(rule, candidate.id, { lifeDomainScores: scores(rule.lifeDomains, 1) });
 */
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { todayIso } from "@/lib/time/calendar-dates";
import workReadiness from "@/prisma/seed-data/work-readiness.json" with { type: "json" };

/** Version 1 of the rule with the real scales, active (upserted, so calling twice is fine). */
export async function ensureWorkReadinessRule() {
  return prisma.workReadinessRule.upsert({
    where: { version: 1 },
    update: {},
    create: {
      version: 1,
      description: workReadiness.rule,
      employeeSkills: workReadiness.employeeSkills,
      lifeDomains: workReadiness.lifeDomains,
      minEmployeeSkillScore: 3,
      maxEmployeeSkillsBelow: 2,
      lowestAllowedBelowScore: 2,
      blockingLifeDomainScore: 1,
      active: true,
    },
  });
}

/** Every name scored the same. */
export function scores(names: readonly string[], score: number): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, score]));
}

/** A complete, valid form input for recordWorkReadinessAssessment (werkfit by the rule unless overridden). */
export function assessmentInput(
  rule: { employeeSkills: readonly string[]; lifeDomains: readonly string[] },
  candidateId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    candidateId,
    submissionKey: randomUUID(),
    assessedOn: todayIso(),
    employeeSkillScores: scores(rule.employeeSkills, 3),
    lifeDomainScores: scores(rule.lifeDomains, 3),
    notes: "Gemotiveerd, komt afspraken na.",
    override: "",
    overrideReason: "",
    ...overrides,
  };
}
