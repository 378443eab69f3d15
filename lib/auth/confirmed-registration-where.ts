import type { Prisma } from "@/generated/prisma/client";

/**
 * What a self-registration wrote stays out of every professional's view until the registrant confirmed
 * the address (decision 019). Derived from `User.emailVerifiedAt` alone, so confirming releases it all at
 * once and nothing can be forgotten. The raw SQL of the SUWI employer list mirrors ORGANISATION (see
 * lib/suwi/employer-services-sql.ts).
 */

/** An organisation none of whose contact persons still has to confirm their address. */
export const CONFIRMED_ORGANISATION_WHERE: Prisma.OrganisationWhereInput = {
  contacts: { none: { emailVerifiedAt: null } },
};

/** A candidate without an account of their own, or whose account confirmed its address. */
export const CONFIRMED_CANDIDATE_WHERE: Prisma.CandidateWhereInput = {
  OR: [{ userId: null }, { user: { emailVerifiedAt: { not: null } } }],
};

/** A request to join a known organisation, from an account that confirmed its address. */
export const CONFIRMED_JOIN_REQUEST_WHERE: Prisma.OrganisationJoinRequestWhereInput = {
  user: { emailVerifiedAt: { not: null } },
};
