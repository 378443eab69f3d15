import "server-only";
import type { EventAudience, EventKind } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { currentTime } from "@/lib/time/current-time";
import { activeRegistrationWhere, upcomingEventWhere } from "./public-event-where";

export type PublicEvent = {
  id: string;
  title: string;
  kind: EventKind;
  theme: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string;
  audience: EventAudience;
  placesLeft: number;
};

/** The public list (P4): upcoming, not cancelled, with places left; soonest first. No personal data. */
export async function findPublicEvents(options: { now?: Date; take?: number } = {}): Promise<PublicEvent[]> {
  const now = options.now ?? (await currentTime());
  const events = await prisma.event.findMany({
    where: upcomingEventWhere(now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.take ?? 200,
    select: {
      id: true, title: true, kind: true, theme: true, startsAt: true, endsAt: true, location: true, audience: true, capacity: true,
      _count: { select: { registrations: { where: activeRegistrationWhere } } },
    },
  });
  return events
    .map(({ capacity, _count, ...event }) => ({ ...event, placesLeft: Math.max(0, capacity - _count.registrations) }))
    .filter((event) => event.placesLeft > 0);
}
