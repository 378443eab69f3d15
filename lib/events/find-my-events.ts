import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { activeRegistrationWhere } from "./public-event-where";

/** The events this accountmanager organises, newest start first, with the number of active registrations. */
export async function findMyEvents(actor: Actor) {
  assertCan(actor, "event.manage");
  const events = await prisma.event.findMany({
    where: { organiserId: actor.userId },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true, title: true, kind: true, startsAt: true, endsAt: true, capacity: true, audience: true, cancelledAt: true,
      _count: { select: { registrations: { where: activeRegistrationWhere } } },
    },
  });
  return events.map(({ _count, ...event }) => ({ ...event, registered: _count.registrations }));
}
