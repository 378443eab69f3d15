import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { deriveWorkReady } from "./derive-work-ready";
import { AssessmentInputError } from "./field-errors";
import { getActiveWorkReadinessRule } from "./get-active-work-readiness-rule";
import { assessmentSchema } from "./schemas";
import { workReadyStatus } from "./work-ready-status";

export type RecordedAssessment = {
  id: string;
  candidateId: string;
  derivedWorkReady: boolean;
  isWorkReady: boolean;
  workReadySince: Date | null;
  created: boolean;
};

const SAME_AS_RULE = "Dit is al de uitkomst van de regel. Kies ‘Nee, ik volg de uitkomst van de regel’ of kies de andere uitkomst.";

/**
 * The owner bemiddelaar records a werkfit assessment (B2) on the scales of the active rule. The
 * assessment, the candidate's werkfit status (override, else the derived value; `since` replayed
 * from the full history) and the audit entry are one transaction. The form's submissionKey is the
 * assessment's id, so a double submit stores one assessment.
 */
export async function recordWorkReadinessAssessment({ actor, input }: { actor: Actor; input: unknown }): Promise<RecordedAssessment> {
  assertCan(actor, "assessment.record");
  const rule = await getActiveWorkReadinessRule();
  const parsed = assessmentSchema(rule).safeParse(input);
  if (!parsed.success) throw new AssessmentInputError(parsed.error.issues);
  const data = parsed.data;
  const derivedWorkReady = deriveWorkReady(rule, data.employeeSkillScores, data.lifeDomainScores);
  if (data.overrideWorkReady === derivedWorkReady) throw new AssessmentInputError([{ path: ["override"], message: SAME_AS_RULE }]);

  try {
    return await prisma.$transaction(async (tx) => {
      const candidate = await tx.candidate.findFirst({
        where: { AND: [{ id: data.candidateId, anonymisedAt: null }, candidateWhereFor(actor, "assessment.record")] },
        select: { id: true },
      });
      if (!candidate) throw new AppError("NOT_FOUND");
      // One assessment per candidate at a time, so the status below is replayed from a complete history.
      await tx.$queryRaw`SELECT id FROM "Candidate" WHERE id = ${candidate.id} FOR UPDATE`;

      const assessment = await tx.workReadinessAssessment.create({
        data: {
          id: data.submissionKey,
          candidateId: candidate.id,
          assessedById: actor.userId,
          assessedOn: isoToDbDate(data.assessedOn),
          ruleVersion: rule.version,
          employeeSkillScores: data.employeeSkillScores,
          lifeDomainScores: data.lifeDomainScores,
          notes: data.notes,
          derivedWorkReady,
          overrideWorkReady: data.overrideWorkReady,
          overrideReason: data.overrideReason,
        },
        select: { id: true },
      });
      const history = await tx.workReadinessAssessment.findMany({
        where: { candidateId: candidate.id },
        select: { assessedOn: true, createdAt: true, derivedWorkReady: true, overrideWorkReady: true },
      });
      const status = workReadyStatus(history);
      await tx.candidate.update({ where: { id: candidate.id }, data: { isWorkReady: status.isWorkReady, workReadySince: status.since } });
      await recordCandidateAccess(tx, actor, [
        { candidateId: candidate.id, action: "assessment.record", purpose: "Werkfit-beoordeling vastleggen", entity: "WorkReadinessAssessment", entityId: assessment.id },
      ]);
      return { id: assessment.id, candidateId: candidate.id, derivedWorkReady, isWorkReady: status.isWorkReady, workReadySince: status.since, created: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return alreadyRecorded(actor, data.submissionKey, data.candidateId);
    throw error;
  }
}

/** The same form sent twice: answer with the assessment the first submit stored. */
async function alreadyRecorded(actor: Actor, id: string, candidateId: string): Promise<RecordedAssessment> {
  const existing = await prisma.workReadinessAssessment.findUnique({
    where: { id },
    select: { id: true, candidateId: true, assessedById: true, derivedWorkReady: true, candidate: { select: { isWorkReady: true, workReadySince: true } } },
  });
  if (!existing || existing.assessedById !== actor.userId || existing.candidateId !== candidateId) throw new AppError("CONFLICT");
  return {
    id: existing.id,
    candidateId: existing.candidateId,
    derivedWorkReady: existing.derivedWorkReady,
    isWorkReady: existing.candidate.isWorkReady,
    workReadySince: existing.candidate.workReadySince,
    created: false,
  };
}
