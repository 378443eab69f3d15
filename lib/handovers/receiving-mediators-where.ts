import type { Prisma } from "@/generated/prisma/client";

/** The active bemiddelaars of a partner organisation: the team that receives a handover. */
export function receivingMediatorsWhere(partnerOrganisationId: string): Prisma.UserWhereInput {
  return { role: "JOB_MEDIATOR", partnerOrganisationId, disabledAt: null };
}
