import type { Prisma } from "@/generated/prisma/client";

/** One werkfit assessment as the owner bemiddelaar sees it in the history (newest first). */
export type AssessmentHistoryEntry = {
  id: string;
  assessedOn: Date;
  assessedBy: string;
  ruleVersion: number;
  employeeSkillScores: Record<string, number>;
  lifeDomainScores: Record<string, number>;
  notes: string | null;
  derivedWorkReady: boolean;
  overrideWorkReady: boolean | null;
  overrideReason: string | null;
  /** The outcome that counts: the override when there is one, else the rule's. */
  workReady: boolean;
  createdAt: Date;
};

export const ASSESSMENT_HISTORY_SELECT = {
  id: true,
  assessedOn: true,
  assessedBy: { select: { name: true } },
  ruleVersion: true,
  employeeSkillScores: true,
  lifeDomainScores: true,
  notes: true,
  derivedWorkReady: true,
  overrideWorkReady: true,
  overrideReason: true,
  createdAt: true,
} satisfies Prisma.WorkReadinessAssessmentSelect;

export const ASSESSMENT_HISTORY_ORDER = [{ assessedOn: "desc" }, { createdAt: "desc" }] satisfies Prisma.WorkReadinessAssessmentOrderByWithRelationInput[];

type Row = Prisma.WorkReadinessAssessmentGetPayload<{ select: typeof ASSESSMENT_HISTORY_SELECT }>;

/** The stored JSON scores as a plain name → score map (anything else is left out). */
function scores(value: Prisma.JsonValue): Record<string, number> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

export function toHistoryEntry(row: Row): AssessmentHistoryEntry {
  return {
    id: row.id,
    assessedOn: row.assessedOn,
    assessedBy: row.assessedBy.name,
    ruleVersion: row.ruleVersion,
    employeeSkillScores: scores(row.employeeSkillScores),
    lifeDomainScores: scores(row.lifeDomainScores),
    notes: row.notes,
    derivedWorkReady: row.derivedWorkReady,
    overrideWorkReady: row.overrideWorkReady,
    overrideReason: row.overrideReason,
    workReady: row.overrideWorkReady ?? row.derivedWorkReady,
    createdAt: row.createdAt,
  };
}
