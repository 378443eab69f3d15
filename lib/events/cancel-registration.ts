import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { eventIdSchema } from "./schemas";

/** The registrant cancels their own registration before the event starts; cancelling twice is harmless. */
export async function cancelRegistration(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ id: string }> {
  assertCan(actor, "event.register");
  const parsed = eventIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const now = options.now ?? (await currentTime());
  const where = { eventId: parsed.data.eventId, userId: actor.userId, event: { startsAt: { gt: now } } };
  await prisma.eventRegistration.updateMany({ where: { ...where, cancelledAt: null }, data: { cancelledAt: now } });
  const registration = await prisma.eventRegistration.findFirst({ where, select: { id: true } });
  if (!registration) throw new AppError("NOT_FOUND");
  return registration;
}
