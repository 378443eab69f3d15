import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { changeProposalStatus } from "./change-proposal-status";
import { DECLINE_REASON_LABELS } from "./labels";
import { findRespondableProposal, STATUS_CHANGED_MESSAGE } from "./respondable-proposal";
import { declineProposalSchema } from "./schemas";

/**
 * The employer declines a proposed candidate with a reason from the fixed list (plus text, required
 * for "anders"). The reason goes to the bemiddelaar: referrers want to know why (E5).
 */
export async function declineProposal({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "proposal.respond");
  const parsed = declineProposalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { proposalId, reason, text } = parsed.data;
  const at = now ?? (await currentTime());

  const after = await prisma.$transaction(async (tx) => {
    const proposal = await findRespondableProposal(tx, actor, proposalId);
    await changeProposalStatus(tx, {
      proposalId: proposal.id,
      from: "PROPOSED",
      to: "DECLINED",
      byUserId: actor.userId,
      at,
      data: { respondedAt: at, declineReason: reason, declineText: text || null },
      conflictMessage: STATUS_CHANGED_MESSAGE,
    });
    await recordCandidateAccess(tx, actor, [
      { candidateId: proposal.candidateId, action: "proposal.update", purpose: "Voordracht afwijzen", entity: "Proposal", entityId: proposal.id },
    ]);
    return notify(tx, [
      {
        userId: proposal.proposedById,
        kind: "proposal.answered",
        title: `Afgewezen: voordracht bij ${proposal.vacancy.title}`,
        body: `${proposal.organisationName} kiest niet voor uw kandidaat. Reden: ${DECLINE_REASON_LABELS[reason]}${text ? ` – ${text}` : ""}.`,
        link: `/professional/voordrachten/${proposal.id}`,
      },
    ]);
  });
  await after();
  return { id: proposalId };
}
