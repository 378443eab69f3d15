import type { Prisma } from "@/generated/prisma/client";

/**
 * The candidate currently allows sharing their profile with the Werkcentrum partners (J3): a granted,
 * not revoked SHARE_WITH_PARTNERS consent. Matching reads only such candidates; revoking stops it at once.
 */
export const sharesWithPartnersWhere: Prisma.CandidateWhereInput = {
  anonymisedAt: null,
  consents: { some: { purpose: "SHARE_WITH_PARTNERS", grantedAt: { not: null }, revokedAt: null } },
};
