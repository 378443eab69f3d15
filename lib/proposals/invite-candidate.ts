import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { changeProposalStatus } from "./change-proposal-status";
import { findRespondableProposal, STATUS_CHANGED_MESSAGE } from "./respondable-proposal";
import { inviteCandidateSchema } from "./schemas";

/**
 * The employer invites the proposed candidate for a conversation (E5). Guarded on PROPOSED: two
 * clicks at once invite once (the second gets the same result, changed=false); the bemiddelaar hears it.
 */
export async function inviteCandidate({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "proposal.respond");
  const parsed = inviteCandidateSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const at = now ?? (await currentTime());

  const { changed, after } = await prisma.$transaction(async (tx) => {
    const proposal = await findRespondableProposal(tx, actor, parsed.data.proposalId);
    const changed = await changeProposalStatus(tx, {
      proposalId: proposal.id,
      from: "PROPOSED",
      to: "INVITED",
      byUserId: actor.userId,
      at,
      data: { respondedAt: at },
      conflictMessage: STATUS_CHANGED_MESSAGE,
      sameResultIsFine: true,
    });
    if (!changed) return { changed, after: null };
    await recordCandidateAccess(tx, actor, [
      { candidateId: proposal.candidateId, action: "proposal.update", purpose: "Kandidaat uitnodigen voor een gesprek", entity: "Proposal", entityId: proposal.id },
    ]);
    const after = await notify(tx, [
      {
        userId: proposal.proposedById,
        kind: "proposal.answered",
        title: `Uitgenodigd voor gesprek: ${proposal.vacancy.title}`,
        body: `${proposal.organisationName} nodigt uw kandidaat uit voor een gesprek over "${proposal.vacancy.title}".`,
        link: `/professional/voordrachten/${proposal.id}`,
      },
    ]);
    return { changed, after };
  });
  if (after) await after();
  return { id: parsed.data.proposalId, changed };
}
