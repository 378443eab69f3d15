import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { amsterdamDateTime, formatSlot } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { audienceFits } from "./audience";
import { activeRegistrationWhere } from "./public-event-where";
import { EVENT_AUDIENCE_LABELS, updateEventSchemaAt } from "./schemas";

export const CANCELLED_MESSAGE = "Dit evenement is geannuleerd. U kunt het niet meer wijzigen.";
export const STARTED_MESSAGE = "Dit evenement is al begonnen. U kunt het niet meer wijzigen.";

/** A refusal that belongs next to one field of the form (the action shows it there). */
export class EventFieldError extends AppError {
  readonly field: "capacity" | "audience";

  constructor(field: "capacity" | "audience", message: string) {
    super("CONFLICT", { userMessage: message });
    this.field = field;
  }
}

export const capacityTooLowMessage = (registered: number) =>
  `Er ${registered === 1 ? "is al 1 aanmelding" : `zijn al ${registered} aanmeldingen`}. Kies minimaal ${registered} ${registered === 1 ? "plaats" : "plaatsen"}.`;

/**
 * The organiser changes their event (A6). Only the organiser (others get NOT_FOUND), not after it
 * was cancelled or has started. The event row is locked like a registration does, so the capacity
 * is checked against the active registrations of that moment and a sign-up cannot slip in between.
 * The audience must still fit everyone registered. When the time or the place changes, every
 * registered person gets a notification.
 */
export async function updateEvent({ actor, input }: { actor: Actor; input: unknown }, options: { now?: Date } = {}): Promise<{ id: string; notified: number }> {
  assertCan(actor, "event.manage");
  const now = options.now ?? (await currentTime());
  const parsed = updateEventSchemaAt(now).safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { userMessage: parsed.error.issues[0]?.message });
  const { eventId, date, startTime, endTime, theme, ...rest } = parsed.data;
  const startsAt = amsterdamDateTime(date, startTime);
  const endsAt = amsterdamDateTime(date, endTime);
  if (!startsAt || !endsAt) throw new AppError("INVALID_INPUT");

  const { result, afterCommit } = await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Event" WHERE "id" = ${eventId} AND "organiserId" = ${actor.userId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND");
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { title: true, startsAt: true, endsAt: true, location: true, cancelledAt: true },
    });
    if (event.cancelledAt) throw new AppError("CONFLICT", { userMessage: CANCELLED_MESSAGE });
    if (event.startsAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", { userMessage: STARTED_MESSAGE });

    const registrations = await tx.eventRegistration.findMany({
      where: { eventId, ...activeRegistrationWhere },
      select: { userId: true, user: { select: { role: true } } },
    });
    if (rest.capacity < registrations.length) throw new EventFieldError("capacity", capacityTooLowMessage(registrations.length));
    if (registrations.some((registration) => !audienceFits(rest.audience, registration.user.role))) {
      throw new EventFieldError(
        "audience",
        `Er zijn al aanmeldingen van mensen voor wie "${EVENT_AUDIENCE_LABELS[rest.audience]}" niet past. Kies een doelgroep die ook bij hen past.`,
      );
    }

    await tx.event.update({ where: { id: eventId }, data: { ...rest, theme: theme ?? null, startsAt, endsAt } });

    const moved = event.startsAt.getTime() !== startsAt.getTime() || event.endsAt.getTime() !== endsAt.getTime() || event.location !== rest.location;
    const deliver = moved
      ? await notify(
          tx,
          registrations.map(({ userId }) => ({
            userId,
            kind: "event.changed" as const,
            title: `Gewijzigd: ${rest.title}`,
            body: `Het evenement waarvoor u bent aangemeld is veranderd. Nieuwe tijd: ${formatSlot(startsAt, endsAt)}. Locatie: ${rest.location}.`,
            link: `/evenementen/${eventId}`,
          })),
        )
      : null;
    return { result: { id: eventId, notified: moved ? registrations.length : 0 }, afterCommit: deliver };
  });
  if (afterCommit) await afterCommit();
  return result;
}
