import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { ruleFor } from "@/lib/auth/permissions";

const NO_ROWS = { id: { in: [] as string[] } };

/** Handovers sent to the actor's partner organisation (handover.decide: ownPartnerOrganisation). */
export function incomingHandoverWhere(actor: Pick<Actor, "role" | "partnerOrganisationId">): Prisma.HandoverWhereInput {
  if (ruleFor(actor.role, "handover.decide") !== "ownPartnerOrganisation" || !actor.partnerOrganisationId) return NO_ROWS;
  return { toPartnerOrganisationId: actor.partnerOrganisationId };
}
