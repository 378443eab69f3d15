import "server-only";
import type { Prisma, ProposalStatus } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/**
 * Moves a proposal from `from` to `to` (with extra column values) only while it still has status
 * `from`, and writes the history row. Two clicks at once: the second finds another status and gets
 * `conflictMessage` (a Dutch CONFLICT); nothing is written twice. With `sameResultIsFine`, a proposal
 * that already has status `to` (the other click won) returns false instead of throwing.
 */
export async function changeProposalStatus(
  tx: Tx,
  change: {
    proposalId: string;
    from: ProposalStatus;
    to: ProposalStatus;
    byUserId: string | null;
    at: Date;
    data?: Prisma.ProposalUpdateManyMutationInput;
    conflictMessage?: string;
    sameResultIsFine?: boolean;
  },
): Promise<boolean> {
  const { count } = await tx.proposal.updateMany({
    where: { id: change.proposalId, status: change.from },
    data: { ...change.data, status: change.to },
  });
  if (count !== 1) {
    if (change.sameResultIsFine) {
      const current = await tx.proposal.findUnique({ where: { id: change.proposalId }, select: { status: true } });
      if (current?.status === change.to) return false;
    }
    throw new AppError("CONFLICT", change.conflictMessage ? { userMessage: change.conflictMessage } : {});
  }
  await tx.proposalStatusChange.create({
    data: { proposalId: change.proposalId, fromStatus: change.from, toStatus: change.to, byUserId: change.byUserId, at: change.at },
  });
  return true;
}
