import type { Prisma } from "@/generated/prisma/client";

/** Events anyone may see and register for: not cancelled and not started yet. */
export function upcomingEventWhere(now: Date): Prisma.EventWhereInput {
  return { cancelledAt: null, startsAt: { gt: now } };
}

/** Registrations that take a place. */
export const activeRegistrationWhere = { cancelledAt: null } satisfies Prisma.EventRegistrationWhereInput;
