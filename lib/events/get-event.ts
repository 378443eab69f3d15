import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { activeRegistrationWhere } from "./public-event-where";

/**
 * One event for the public detail page (also cancelled and past ones, so a link keeps working),
 * with the places left and, for a logged-in visitor, whether they are registered. Null when unknown.
 */
export async function getEvent(eventId: string, actor: Actor | null = null) {
  const event = await prisma.event.findUnique({
    where: { id: eventId },
    select: {
      id: true, title: true, kind: true, theme: true, description: true, startsAt: true, endsAt: true, location: true,
      capacity: true, audience: true, cancelledAt: true, organiserId: true,
      organiser: { select: { name: true } },
      _count: { select: { registrations: { where: activeRegistrationWhere } } },
    },
  });
  if (!event) return null;
  const mine = actor
    ? await prisma.eventRegistration.findUnique({ where: { eventId_userId: { eventId, userId: actor.userId } }, select: { cancelledAt: true } })
    : null;
  const { _count, ...rest } = event;
  return {
    ...rest,
    placesLeft: Math.max(0, event.capacity - _count.registrations),
    isRegistered: !!mine && mine.cancelledAt === null,
  };
}
