import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { activeRegistrationWhere } from "./public-event-where";

/** The organiser's event with its editable fields and the number of active registrations; others get NOT_FOUND. */
export async function getEventForEdit(actor: Actor, eventId: string) {
  assertCan(actor, "event.manage");
  const event = await prisma.event.findFirst({
    where: { id: eventId, organiserId: actor.userId },
    select: {
      id: true, title: true, kind: true, theme: true, description: true, startsAt: true, endsAt: true, location: true, capacity: true,
      audience: true, cancelledAt: true,
      _count: { select: { registrations: { where: activeRegistrationWhere } } },
    },
  });
  if (!event) throw new AppError("NOT_FOUND");
  const { _count, ...rest } = event;
  return { ...rest, registered: _count.registrations };
}
