import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type BookableSlot = { id: string; startsAt: Date; endsAt: Date; location: string };

/** The FREE future slots of the employer's own owner accountmanager, soonest first (E4). */
export async function findBookableSlots(actor: Actor, options: { now?: Date; take?: number } = {}): Promise<BookableSlot[]> {
  assertCan(actor, "appointment.book");
  const organisation = await prisma.organisation.findFirst({ where: organisationWhereFor(actor, "appointment.book"), select: { ownerId: true } });
  if (!organisation) return [];
  return prisma.appointmentSlot.findMany({
    where: { accountManagerId: organisation.ownerId, status: "FREE", startsAt: { gt: options.now ?? new Date() } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.take ?? 100,
    select: { id: true, startsAt: true, endsAt: true, location: true },
  });
}
