import type { Prisma } from "@/generated/prisma/client";

/** An unanswered consent request: not granted, not declined, not revoked. */
export const pendingConsentWhere: Prisma.ConsentWhereInput = { grantedAt: null, declinedAt: null, revokedAt: null };

/**
 * A pending request the resident can still answer: for a proposal that still waits for consent, or
 * for a handover that still waits for consent. Requests whose proposal was withdrawn or whose handover
 * was cancelled are no longer shown.
 */
export const answerableConsentRequestWhere: Prisma.ConsentWhereInput = {
  ...pendingConsentWhere,
  OR: [
    { purpose: "SHARE_WITH_EMPLOYER", proposal: { status: "AWAITING_CONSENT" } },
    { purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", handover: { status: "AWAITING_CONSENT" } },
  ],
};
