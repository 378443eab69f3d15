import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ASSESSMENT_HISTORY_ORDER, ASSESSMENT_HISTORY_SELECT, toHistoryEntry, type AssessmentHistoryEntry } from "./assessment-history";
import { getActiveWorkReadinessRule, type ActiveWorkReadinessRule } from "./get-active-work-readiness-rule";

export type WorkReadinessPage = {
  candidate: { id: string; name: string; isWorkReady: boolean; workReadySince: Date | null };
  rule: ActiveWorkReadinessRule;
  history: AssessmentHistoryEntry[];
};

/**
 * What the werkfit page needs (B2): the active rule's scales and the candidate's full assessment
 * history, newest first. Only for the owner bemiddelaar (who records); the read is audited.
 */
export async function getWorkReadinessPage({ actor, candidateId }: { actor: Actor; candidateId: string }): Promise<WorkReadinessPage> {
  assertCan(actor, "assessment.record");
  const rule = await getActiveWorkReadinessRule();
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId, anonymisedAt: null }, candidateWhereFor(actor, "assessment.record")] },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        isWorkReady: true,
        workReadySince: true,
        assessments: { select: ASSESSMENT_HISTORY_SELECT, orderBy: ASSESSMENT_HISTORY_ORDER },
      },
    });
    if (!candidate) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: candidate.id, action: "assessment.read", purpose: "Werkfit-beoordelingen bekijken" }]);
    return {
      candidate: { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}`, isWorkReady: candidate.isWorkReady, workReadySince: candidate.workReadySince },
      rule,
      history: candidate.assessments.map(toHistoryEntry),
    };
  });
}
