import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findCandidateInScopeOrThrow } from "./candidate-in-scope";
import { candidateIdSchema } from "./schemas";

/** The resident (or the owner bemiddelaar) removes the CV. Removing an absent CV is not an error. */
export async function deleteCandidateCv({ actor, input }: { actor: Actor; input: unknown }): Promise<{ deleted: boolean }> {
  assertCan(actor, "candidate.editProfile");
  const parsed = candidateIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { candidateId } = parsed.data;
  return prisma.$transaction(async (tx) => {
    await findCandidateInScopeOrThrow(tx, actor, "candidate.editProfile", candidateId);
    const { count } = await tx.candidateCv.deleteMany({ where: { candidateId } });
    if (count > 0) await recordCandidateAccess(tx, actor, [{ candidateId, action: "candidate.update", purpose: "CV verwijderen" }]);
    return { deleted: count > 0 };
  });
}
