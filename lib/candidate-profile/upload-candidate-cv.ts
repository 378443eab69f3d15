import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertMayActBeforeVerification } from "@/lib/auth/email-verification-gate";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findCandidateInScopeOrThrow } from "./candidate-in-scope";
import { CV_MAX_BYTES, CV_MESSAGES } from "./cv-rules";
import { checkPdfBytes } from "./pdf-check";
import { sanitizeCvFileName } from "./sanitize-file-name";

export type StoredCv = { fileName: string; sizeBytes: number; uploadedAt: Date };

/** Refuses anything but a complete PDF of at most 5 MB, judged by its bytes. */
export function assertValidCv(bytes: Uint8Array): void {
  if (bytes.byteLength > CV_MAX_BYTES) throw new AppError("INVALID_INPUT", { userMessage: CV_MESSAGES.tooLarge });
  const check = checkPdfBytes(bytes);
  if (check !== "ok") throw new AppError("INVALID_INPUT", { userMessage: CV_MESSAGES[check] });
}

/**
 * The resident (own record) or the owner bemiddelaar stores a CV: one per candidate, a new upload
 * replaces the old one. The bytes live in the database (never under public/), with a safe file
 * name and their sha256. A bemiddelaar's upload writes an audit entry in the same transaction.
 */
export async function uploadCandidateCv({
  actor,
  candidateId,
  fileName,
  bytes,
}: {
  actor: Actor;
  candidateId: string;
  fileName: string | null;
  bytes: Uint8Array;
}): Promise<StoredCv> {
  assertCan(actor, "candidate.editProfile");
  await assertMayActBeforeVerification(actor.userId, "candidate.editProfile");
  assertValidCv(bytes);
  const data = {
    fileName: sanitizeCvFileName(fileName),
    sizeBytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    content: new Uint8Array(bytes),
    uploadedAt: new Date(),
  };
  return prisma.$transaction(async (tx) => {
    await findCandidateInScopeOrThrow(tx, actor, "candidate.editProfile", candidateId);
    const cv = await tx.candidateCv.upsert({
      where: { candidateId },
      create: { candidateId, ...data },
      update: data,
      select: { fileName: true, sizeBytes: true, uploadedAt: true },
    });
    await recordCandidateAccess(tx, actor, [{ candidateId, action: "cv.upload", purpose: "CV toevoegen" }]);
    return cv;
  });
}
