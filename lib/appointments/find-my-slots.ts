import "server-only";
import type { SlotStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type MySlot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  status: SlotStatus;
  appointment: { id: string; organisationId: string; organisationName: string; bookedBy: string; subject: string } | null;
};

/** The accountmanager's own FREE and BOOKED slots that have not ended, with the booking (A4). */
export async function findMySlots(actor: Actor, options: { now?: Date; take?: number } = {}): Promise<MySlot[]> {
  assertCan(actor, "slot.publish", { userId: actor.userId });
  const rows = await prisma.appointmentSlot.findMany({
    where: { accountManagerId: actor.userId, status: { in: ["FREE", "BOOKED"] }, endsAt: { gt: options.now ?? new Date() } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.take ?? 200,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      appointments: {
        where: { cancelledAt: null },
        take: 1,
        select: {
          id: true,
          subject: true,
          bookedBy: { select: { name: true } },
          organisation: { select: { id: true, legalName: true, tradeName: true } },
        },
      },
    },
  });
  return rows.map(({ appointments, ...slot }) => {
    const booking = appointments[0];
    return {
      ...slot,
      appointment: booking
        ? {
            id: booking.id,
            organisationId: booking.organisation.id,
            organisationName: booking.organisation.tradeName ?? booking.organisation.legalName,
            bookedBy: booking.bookedBy.name,
            subject: booking.subject,
          }
        : null,
    };
  });
}
