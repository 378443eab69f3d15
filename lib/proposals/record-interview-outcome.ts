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
import { interviewOutcomeSchema } from "./schemas";

/** After the conversation the employer records how it went (positive/negative + note); the bemiddelaar hears it. */
export async function recordInterviewOutcome({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "proposal.respond");
  const parsed = interviewOutcomeSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { proposalId, outcome, note } = parsed.data;
  const at = now ?? (await currentTime());

  const after = await prisma.$transaction(async (tx) => {
    const proposal = await findRespondableProposal(tx, actor, proposalId);
    await changeProposalStatus(tx, {
      proposalId: proposal.id,
      from: "INVITED",
      to: outcome === "POSITIVE" ? "INTERVIEW_POSITIVE" : "INTERVIEW_NEGATIVE",
      byUserId: actor.userId,
      at,
      data: { interviewOutcomeAt: at, interviewNote: note || null },
      conflictMessage: STATUS_CHANGED_MESSAGE,
    });
    await recordCandidateAccess(tx, actor, [
      { candidateId: proposal.candidateId, action: "proposal.update", purpose: "Uitkomst van het gesprek vastleggen", entity: "Proposal", entityId: proposal.id },
    ]);
    return notify(tx, [
      {
        userId: proposal.proposedById,
        kind: "proposal.interviewOutcome",
        title: `Gesprek ${outcome === "POSITIVE" ? "positief" : "negatief"}: ${proposal.vacancy.title}`,
        body: `${proposal.organisationName} legde de uitkomst van het gesprek vast: ${outcome === "POSITIVE" ? "positief" : "negatief"}.${note ? ` Toelichting: ${note}` : ""}`,
        link: `/professional/voordrachten/${proposal.id}`,
      },
    ]);
  });
  await after();
  return { id: proposalId };
}
