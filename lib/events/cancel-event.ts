import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { cancelEventSchema } from "./schemas";

/** The organiser cancels their event; cancelling twice is harmless. Other accountmanagers get NOT_FOUND. */
export async function cancelEvent({ actor, input }: { actor: Actor; input: unknown }, options: { now?: Date } = {}): Promise<{ id: string }> {
  assertCan(actor, "event.manage");
  const parsed = cancelEventSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const where = { id: parsed.data.eventId, organiserId: actor.userId };
  await prisma.event.updateMany({ where: { ...where, cancelledAt: null }, data: { cancelledAt: options.now ?? (await currentTime()) } });
  const event = await prisma.event.findFirst({ where, select: { id: true } });
  if (!event) throw new AppError("NOT_FOUND");
  return event;
}
