import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { currentTime } from "@/lib/time/current-time";

/**
 * "Mijn evenementen": the events the logged-in resident or employer contact is registered for and
 * that have not ended, soonest first (also cancelled ones, so they see that it does not go ahead).
 * Empty for roles that cannot register.
 */
export async function findMyRegistrations(actor: Actor, options: { now?: Date } = {}) {
  if (!can(actor, "event.register")) return [];
  const now = options.now ?? (await currentTime());
  const rows = await prisma.eventRegistration.findMany({
    where: { userId: actor.userId, cancelledAt: null, event: { endsAt: { gt: now } } },
    orderBy: [{ event: { startsAt: "asc" } }, { id: "asc" }],
    take: 50,
    select: { event: { select: { id: true, title: true, startsAt: true, endsAt: true, location: true, cancelledAt: true } } },
  });
  return rows.map((row) => row.event);
}
