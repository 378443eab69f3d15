import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { OPEN_HELP_REQUEST_STATUSES, teamQueueWhere } from "./team-queue-where";

export type TeamQueueCount = { open: number; escalated: number };

/** Counts only (no personal data, so no audit entry): for the bemiddelaar's work list. */
export async function countTeamQueue(actor: Actor): Promise<TeamQueueCount> {
  if (!can(actor, "helpRequest.accept")) return { open: 0, escalated: 0 };
  const groups = await prisma.helpRequest.groupBy({
    by: ["status"],
    where: { AND: [teamQueueWhere(actor), { status: { in: [...OPEN_HELP_REQUEST_STATUSES] } }] },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { open: count("ROUTED") + count("ESCALATED"), escalated: count("ESCALATED") };
}
