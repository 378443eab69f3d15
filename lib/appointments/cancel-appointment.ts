import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { appointmentWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { formatSlot } from "@/lib/time/amsterdam-time";
import { cancelAppointmentSchema } from "./schemas";

/**
 * Cancels an upcoming appointment (E4/A4): sets cancelledAt, frees the slot again and tells the
 * other side. Anything not yours is NOT_FOUND.
 */
export async function cancelAppointment(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ id: string }> {
  assertCan(actor, "appointment.cancel");
  const parsed = cancelAppointmentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const now = options.now ?? new Date();

  const appointment = await prisma.appointment.findFirst({
    where: { AND: [{ id: parsed.data.appointmentId, cancelledAt: null }, appointmentWhereFor(actor, "appointment.cancel")] },
    select: {
      id: true,
      slotId: true,
      bookedById: true,
      organisation: { select: { legalName: true, tradeName: true } },
      slot: { select: { accountManagerId: true, startsAt: true, endsAt: true } },
    },
  });
  if (!appointment) throw new AppError("NOT_FOUND");
  if (appointment.slot.startsAt.getTime() <= now.getTime()) {
    throw new AppError("CONFLICT", { userMessage: "Deze afspraak is al begonnen of voorbij en kan niet meer worden afgezegd." });
  }

  const when = formatSlot(appointment.slot.startsAt, appointment.slot.endsAt);
  const byEmployer = actor.role === "EMPLOYER";
  const after = await prisma.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({ where: { id: appointment.id, cancelledAt: null }, data: { cancelledAt: now } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await tx.appointmentSlot.updateMany({ where: { id: appointment.slotId, status: "BOOKED" }, data: { status: "FREE" } });
    return notify(tx, [
      byEmployer
        ? {
            userId: appointment.slot.accountManagerId,
            kind: "appointment.cancelled",
            title: `Afspraak afgezegd door ${appointment.organisation.tradeName ?? appointment.organisation.legalName}`,
            body: when,
            link: "/professional/afspraken",
          }
        : {
            userId: appointment.bookedById,
            kind: "appointment.cancelled",
            title: "Uw accountmanager heeft een afspraak afgezegd",
            body: when,
            link: "/werkgever/afspraken",
          },
    ]);
  });
  await after();
  return { id: appointment.id };
}
