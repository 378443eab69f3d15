import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { teamQueueWhere } from "@/lib/help-requests/team-queue-where";

/**
 * How many new requests wait for the bemiddelaar's team: routed to their partner organisation and
 * not yet accepted (escalated ones included). A count only, so no candidate data is read.
 */
export async function countTeamQueue(actor: Actor): Promise<number> {
  if (!can(actor, "helpRequest.accept") || !actor.partnerOrganisationId) return 0;
  return prisma.helpRequest.count({
    where: { AND: [teamQueueWhere(actor), { status: { in: ["ROUTED", "ESCALATED"] } }] },
  });
}
