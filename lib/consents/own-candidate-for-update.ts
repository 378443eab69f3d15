import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { AppError } from "@/lib/errors";

/**
 * The caller's own candidate id, with the candidate row locked until the transaction ends, so two
 * consent changes sent at once (a double click) run one after the other and the second sees the first.
 * Anyone else's candidate, or none, is NOT_FOUND.
 */
export async function ownCandidateForUpdate(tx: Prisma.TransactionClient, actor: Actor): Promise<string> {
  const candidate = await tx.candidate.findFirst({
    where: { AND: [candidateWhereFor(actor, "consent.manage"), { anonymisedAt: null }] },
    select: { id: true },
  });
  if (!candidate) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT "id" FROM "Candidate" WHERE "id" = ${candidate.id} FOR UPDATE`;
  return candidate.id;
}
