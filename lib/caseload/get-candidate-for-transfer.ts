import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type CandidateForTransfer = {
  id: string;
  name: string;
  ownerId: string;
  ownerName: string;
  /** A transfer stays within this partner organisation; another partner needs a warm handover (decision 023). */
  partnerOrganisation: { id: string; name: string } | null;
};

/** The candidate the owner (or ADMIN) is about to hand over; anyone else gets NOT_FOUND. Audited. */
export async function getCandidateForTransfer({ actor, candidateId }: { actor: Actor; candidateId: string }): Promise<CandidateForTransfer> {
  assertCan(actor, "candidate.transferOwnership");
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId, anonymisedAt: null, ownerId: { not: null } }, candidateWhereFor(actor, "candidate.transferOwnership")] },
      select: { id: true, firstName: true, lastName: true, owner: { select: { id: true, name: true, partnerOrganisation: { select: { id: true, name: true } } } } },
    });
    if (!candidate?.owner) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: candidate.id, action: "candidate.read", purpose: "Overdracht aan een andere bemiddelaar voorbereiden" }]);
    return {
      id: candidate.id,
      name: `${candidate.firstName} ${candidate.lastName}`,
      ownerId: candidate.owner.id,
      ownerName: candidate.owner.name,
      partnerOrganisation: candidate.owner.partnerOrganisation,
    };
  });
}
