import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ruleFor } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { candidateInScopeWhere } from "./candidate-in-scope";

export type CvDownload = { fileName: string; sizeBytes: number; content: Uint8Array };

/**
 * Scopes of candidate.readPersonalData that include the CV: the candidate, the owner bemiddelaar or
 * one who accepted a handover, and ADMIN. An employer's consented limited fields do not include it.
 */
const CV_SCOPES = new Set(["own", "candidateOwnerOrHandedOver", "audited", "allow"]);

/**
 * The CV for a download. Anyone else — and any candidate without a CV — gets NOT_FOUND, so a
 * refusal never reveals that the candidate or the file exists. Every download by someone other than
 * the candidate writes an audit entry in the same transaction.
 */
export async function getCandidateCv({ actor, candidateId }: { actor: Actor; candidateId: string }): Promise<CvDownload> {
  if (!CV_SCOPES.has(ruleFor(actor.role, "candidate.readPersonalData"))) throw new AppError("NOT_FOUND");
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: candidateInScopeWhere(actor, "candidate.readPersonalData", candidateId),
      select: { id: true, cv: { select: { fileName: true, sizeBytes: true, content: true } } },
    });
    if (!candidate?.cv) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: candidate.id, action: "cv.download", purpose: "CV downloaden" }]);
    return candidate.cv;
  });
}
