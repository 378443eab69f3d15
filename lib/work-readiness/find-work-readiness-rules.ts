import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { WORK_READINESS_RULE_SELECT } from "./get-active-work-readiness-rule";

export type WorkReadinessRuleVersion = {
  version: number;
  description: string;
  employeeSkills: string[];
  lifeDomains: string[];
  minEmployeeSkillScore: number;
  maxEmployeeSkillsBelow: number;
  lowestAllowedBelowScore: number;
  blockingLifeDomainScore: number;
  active: boolean;
  createdAt: Date;
  /** Assessments recorded with this version; they keep their outcome when a newer version becomes active. */
  assessments: number;
};

/** Every version of the werkfit rule, newest first, for ADMIN (/beheer/werkfit). */
export async function findWorkReadinessRules(actor: Actor): Promise<WorkReadinessRuleVersion[]> {
  assertCan(actor, "referenceData.manage");
  const [rules, counts] = await Promise.all([
    prisma.workReadinessRule.findMany({
      orderBy: { version: "desc" },
      select: { ...WORK_READINESS_RULE_SELECT, active: true, createdAt: true },
    }),
    prisma.workReadinessAssessment.groupBy({ by: ["ruleVersion"], _count: { _all: true } }),
  ]);
  const perVersion = new Map(counts.map((row) => [row.ruleVersion, row._count._all]));
  return rules.map((rule) => ({ ...rule, assessments: perVersion.get(rule.version) ?? 0 }));
}
