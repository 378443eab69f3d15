import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { formatSlot } from "@/lib/time/amsterdam-time";
import { bookAppointmentSchema, SLOT_TAKEN_MESSAGE } from "./schemas";

/**
 * An employer books a FREE future slot of their own owner accountmanager (E4). The slot flips to
 * BOOKED with a conditional update inside the transaction that creates the appointment, so of two
 * simultaneous bookings exactly one wins; the other gets a Dutch "already taken" message.
 */
export async function bookAppointment(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ id: string }> {
  assertCan(actor, "appointment.book");
  const parsed = bookAppointmentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { slotId, subject } = parsed.data;
  const now = options.now ?? new Date();

  const organisation = await prisma.organisation.findFirst({
    where: organisationWhereFor(actor, "appointment.book"),
    select: { id: true, legalName: true, tradeName: true, ownerId: true },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  const slotWhere = { id: slotId, accountManagerId: organisation.ownerId, startsAt: { gt: now } };

  const result = await prisma.$transaction(async (tx) => {
    const { count } = await tx.appointmentSlot.updateMany({ where: { ...slotWhere, status: "FREE" }, data: { status: "BOOKED" } });
    if (count !== 1) return null;
    const slot = await tx.appointmentSlot.findUniqueOrThrow({ where: { id: slotId }, select: { startsAt: true, endsAt: true } });
    const appointment = await tx.appointment.create({
      data: { slotId, organisationId: organisation.id, bookedById: actor.userId, subject },
      select: { id: true },
    });
    const after = await notify(tx, [
      {
        userId: organisation.ownerId,
        kind: "appointment.booked",
        title: `Afspraak geboekt door ${organisation.tradeName ?? organisation.legalName}`,
        body: formatSlot(slot.startsAt, slot.endsAt),
        link: "/professional/afspraken",
      },
    ]);
    return { appointment, after };
  });

  if (result) {
    await result.after();
    return result.appointment;
  }

  // Not booked: already ours (a double click), taken by someone else, or not a slot we may book.
  const slot = await prisma.appointmentSlot.findFirst({
    where: slotWhere,
    select: { status: true, appointments: { where: { cancelledAt: null }, select: { id: true, organisationId: true } } },
  });
  const mine = slot?.appointments.find((appointment) => appointment.organisationId === organisation.id);
  if (slot?.status === "BOOKED" && mine) return { id: mine.id };
  if (slot?.status === "BOOKED") throw new AppError("CONFLICT", { userMessage: SLOT_TAKEN_MESSAGE });
  throw new AppError("NOT_FOUND", { userMessage: "Dit tijdstip is niet (meer) beschikbaar. Kies een ander tijdstip." });
}
