import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

/**
 * Locks the request's candidate row (as requestDeletion does) and then reads the request, so two
 * administrators handling the same request at once queue up and the second sees the first's result.
 */
export async function lockDeletionRequest(tx: Prisma.TransactionClient, requestId: string) {
  const found = await tx.deletionRequest.findUnique({ where: { id: requestId }, select: { candidateId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM "Candidate" WHERE id = ${found.candidateId} FOR UPDATE`;
  return tx.deletionRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, candidateId: true, status: true, candidate: { select: { userId: true } } },
  });
}
