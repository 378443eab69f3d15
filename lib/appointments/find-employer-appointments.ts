import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type EmployerAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  subject: string;
  accountManager: string;
  bookedBy: string;
};

/** Upcoming, not cancelled appointments of the employer's own organisation, soonest first (E4). */
export async function findEmployerAppointments(actor: Actor, options: { now?: Date; take?: number } = {}): Promise<EmployerAppointment[]> {
  assertCan(actor, "appointment.book");
  if (!actor.organisationId) return [];
  const rows = await prisma.appointment.findMany({
    where: { organisationId: actor.organisationId, cancelledAt: null, slot: { endsAt: { gt: options.now ?? new Date() } } },
    orderBy: [{ slot: { startsAt: "asc" } }, { id: "asc" }],
    take: options.take ?? 100,
    select: {
      id: true,
      subject: true,
      bookedBy: { select: { name: true } },
      slot: { select: { startsAt: true, endsAt: true, location: true, accountManager: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.slot.startsAt,
    endsAt: row.slot.endsAt,
    location: row.slot.location,
    subject: row.subject,
    accountManager: row.slot.accountManager.name,
    bookedBy: row.bookedBy.name,
  }));
}
