import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { CONFIRMED_CANDIDATE_WHERE } from "@/lib/auth/confirmed-registration-where";
import { ruleFor } from "@/lib/auth/permissions";

/** Requests still waiting for someone to pick them up; an escalated one can still be accepted. */
export const OPEN_HELP_REQUEST_STATUSES = ["ROUTED", "ESCALATED"] as const;

const NO_ROWS: Prisma.HelpRequestWhereInput = { id: { in: [] } };

/**
 * The scope of "helpRequest.accept" (ownPartnerOrganisation) as a Prisma where: requests routed to
 * the actor's partner organisation. Any other role, or a bemiddelaar without a partner, gets no rows.
 * A resident's request joins the queue only once they confirmed their address (decision 019).
 */
export function teamQueueWhere(actor: Pick<Actor, "role" | "partnerOrganisationId">): Prisma.HelpRequestWhereInput {
  if (ruleFor(actor.role, "helpRequest.accept") !== "ownPartnerOrganisation" || !actor.partnerOrganisationId) return NO_ROWS;
  return { partnerOrganisationId: actor.partnerOrganisationId, candidate: { anonymisedAt: null, ...CONFIRMED_CANDIDATE_WHERE } };
}
