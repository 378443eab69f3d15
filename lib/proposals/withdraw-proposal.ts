import "server-only";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { currentTime } from "@/lib/time/current-time";
import { changeProposalStatus } from "./change-proposal-status";
import { isOpenProposalStatus } from "./labels";
import { employerUserIds } from "./recipients";
import { withdrawProposalSchema } from "./schemas";

export const NOT_OPEN_MESSAGE = "Deze voordracht loopt niet meer en kan niet worden ingetrokken. Vernieuw de pagina om de stand te zien.";

/**
 * The owner bemiddelaar withdraws an open proposal with a reason (B4). When the employer already saw
 * it, its users hear that it was withdrawn (without the candidate's name). Guarded on the status it had.
 */
export async function withdrawProposal({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "proposal.withdraw");
  const parsed = withdrawProposalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { proposalId, reason } = parsed.data;
  const at = now ?? (await currentTime());

  const after = await prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findFirst({
      where: { AND: [{ id: proposalId }, proposalWhereFor(actor, "proposal.withdraw")] },
      select: { id: true, status: true, candidateId: true, sharedAt: true, vacancy: { select: { title: true, organisationId: true } } },
    });
    if (!proposal) throw new AppError("NOT_FOUND");
    if (!isOpenProposalStatus(proposal.status)) throw new AppError("CONFLICT", { userMessage: NOT_OPEN_MESSAGE });
    await changeProposalStatus(tx, {
      proposalId,
      from: proposal.status as ProposalStatus,
      to: "WITHDRAWN",
      byUserId: actor.userId,
      at,
      data: { withdrawnReason: reason },
      conflictMessage: NOT_OPEN_MESSAGE,
    });
    await recordCandidateAccess(tx, actor, [
      { candidateId: proposal.candidateId, action: "proposal.update", purpose: "Voordracht intrekken", entity: "Proposal", entityId: proposalId },
    ]);
    const messages: NotificationMessage[] = proposal.sharedAt
      ? (await employerUserIds(tx, proposal.vacancy.organisationId)).map((userId) => ({
          userId,
          kind: "proposal.withdrawn" as const,
          title: `Voordracht ingetrokken: ${proposal.vacancy.title}`,
          body: `Het Werkcentrum heeft een voordracht voor uw vacature "${proposal.vacancy.title}" ingetrokken. U hoeft niets meer te doen.`,
          link: `/werkgever/voordrachten/${proposalId}`,
        }))
      : [];
    return notify(tx, messages);
  });
  await after();
  return { id: proposalId };
}
