import type { Prisma } from "@/generated/prisma/client";

/** A granted, not revoked consent to share with a partner on a handover. */
export const activeHandoverConsentWhere = {
  purpose: "SHARE_WITH_PARTNER_ON_HANDOVER",
  grantedAt: { not: null },
  revokedAt: null,
} satisfies Prisma.ConsentWhereInput;
