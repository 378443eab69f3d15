import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { WorkReadinessThresholds } from "./derive-work-ready";

export type ActiveWorkReadinessRule = WorkReadinessThresholds & { version: number; description: string };

/** The fields of a rule version that define it (shared with the version history of /beheer/werkfit). */
export const WORK_READINESS_RULE_SELECT = {
  version: true,
  description: true,
  employeeSkills: true,
  lifeDomains: true,
  minEmployeeSkillScore: true,
  maxEmployeeSkillsBelow: true,
  lowestAllowedBelowScore: true,
  blockingLifeDomainScore: true,
} as const;

/** The one active werkfit rule (data, editable by ADMIN). Without one the assessment cannot work. */
export async function getActiveWorkReadinessRule(db: Prisma.TransactionClient | PrismaClient = prisma): Promise<ActiveWorkReadinessRule> {
  const rule = await db.workReadinessRule.findFirst({
    where: { active: true },
    orderBy: { version: "desc" },
    select: WORK_READINESS_RULE_SELECT,
  });
  if (!rule) throw new Error("No active WorkReadinessRule: seed the reference data.");
  return rule;
}
