import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { applyProposalConsentAnswer } from "@/lib/proposals/apply-proposal-consent-answer";
import { currentTime } from "@/lib/time/current-time";
import { applyHandoverConsentAnswer } from "./apply-handover-consent-answer";
import { ownCandidateForUpdate } from "./own-candidate-for-update";
import { pendingConsentWhere } from "./pending-request-where";
import { ALREADY_ANSWERED_MESSAGE, answerConsentRequestSchema } from "./schemas";

export type ConsentAnswerResult = { consentId: string; answer: "GRANT" | "DECLINE"; kind: "employer" | "partner" };

/**
 * The resident grants or declines one of their own pending consent requests (J3/J4): sharing with the
 * employer of a proposal (B4) or with the partner of a warm handover (B7). The candidate row is
 * locked first, so two answers sent at once run one after the other; the consent update is guarded
 * on "still pending", so the second answer is a CONFLICT and changes nothing. The proposal or
 * handover must still wait for consent, otherwise the request has expired (CONFLICT, nothing changes).
 */
export async function answerConsentRequest({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<ConsentAnswerResult> {
  assertCan(actor, "proposal.consent");
  const parsed = answerConsentRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { consentId, answer } = parsed.data;
  const at = now ?? (await currentTime());

  const { result, after } = await prisma.$transaction(async (tx) => {
    const candidateId = await ownCandidateForUpdate(tx, actor);
    const consent = await tx.consent.findFirst({
      where: { id: consentId, candidateId, purpose: { in: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_PARTNER_ON_HANDOVER"] } },
      select: { id: true, purpose: true, proposalId: true, handoverId: true },
    });
    if (!consent || (!consent.proposalId && !consent.handoverId)) throw new AppError("NOT_FOUND");
    assertCan(actor, consent.purpose === "SHARE_WITH_EMPLOYER" ? "proposal.consent" : "handover.consent");

    const data: Prisma.ConsentUpdateManyMutationInput = answer === "GRANT" ? { grantedAt: at } : { declinedAt: at };
    const { count } = await tx.consent.updateMany({ where: { AND: [{ id: consent.id }, pendingConsentWhere] }, data });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: ALREADY_ANSWERED_MESSAGE });

    const messages =
      consent.purpose === "SHARE_WITH_EMPLOYER"
        ? await applyProposalConsentAnswer(tx, { proposalId: consent.proposalId!, granted: answer === "GRANT", byUserId: actor.userId, at })
        : await applyHandoverConsentAnswer(tx, { handoverId: consent.handoverId!, granted: answer === "GRANT" });
    const sendAfter = await notify(tx, messages);
    return {
      result: { consentId: consent.id, answer, kind: consent.purpose === "SHARE_WITH_EMPLOYER" ? "employer" : "partner" } as ConsentAnswerResult,
      after: sendAfter,
    };
  });
  await after();
  return result;
}
