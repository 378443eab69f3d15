import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countPersonalRecords } from "./deletion-plan";

/**
 * One deletion request for the administrator, with the person's number of rows per table: what
 * completing it will touch. No names or contact details. Opening it is audited in the same
 * transaction (the counts describe the resident's record).
 */
export async function getDeletionRequest(actor: Actor, requestId: string) {
  assertCan(actor, "privacy.handleDeletion");
  return prisma.$transaction(async (tx) => {
    const request = await tx.deletionRequest.findUnique({
      where: { id: requestId.slice(0, 64) },
      select: {
        id: true,
        candidateId: true,
        status: true,
        reason: true,
        refusalReason: true,
        requestedAt: true,
        handledAt: true,
        handledBy: { select: { name: true } },
        candidate: { select: { userId: true, anonymisedAt: true } },
      },
    });
    if (!request) throw new AppError("NOT_FOUND");
    const counts = await countPersonalRecords(tx, { candidateId: request.candidateId, userId: request.candidate.userId });
    await recordCandidateAccess(tx, actor, [
      { candidateId: request.candidateId, action: "deletion.read", purpose: "Verzoek om verwijdering beoordelen", entity: "DeletionRequest", entityId: request.id },
    ]);
    const { candidate, ...rest } = request;
    return { ...rest, anonymisedAt: candidate.anonymisedAt, counts };
  });
}
