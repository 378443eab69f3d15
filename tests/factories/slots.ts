import type { SlotStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";

const HOUR = 60 * 60 * 1000;
let offset = 0;

/** A slot of the accountmanager, by default FREE, a few days ahead and never at the same start. */
export async function createSlot(accountManagerId: string, overrides: { startsAt?: Date; minutes?: number; status?: SlotStatus; location?: string } = {}) {
  offset += 1;
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 72 * HOUR + offset * 2 * HOUR);
  return prisma.appointmentSlot.create({
    data: {
      accountManagerId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (overrides.minutes ?? 30) * 60_000),
      location: overrides.location ?? "Werkcentrum, Hilversum",
      status: overrides.status ?? "FREE",
    },
  });
}

/** "YYYY-MM-DD" of a day `daysAhead` from now (Amsterdam), for publishSlot input. */
export function futureDate(daysAhead: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + daysAhead * 24 * HOUR),
  );
}
