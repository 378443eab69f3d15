import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markNotificationReadSchema } from "./schemas";

/**
 * Marks one of the actor's own notifications as read. Someone else's id answers NOT_FOUND, exactly
 * like an id that does not exist. Marking an already read notification again is fine.
 */
export async function markNotificationRead({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "notification.read");
  const parsed = markNotificationReadSchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const { notificationId } = parsed.data;

  const where = { id: notificationId, userId: actor.userId };
  const updated = await prisma.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  if (updated.count === 0 && !(await prisma.notification.findFirst({ where, select: { id: true } }))) {
    throw new AppError("NOT_FOUND");
  }
  return { id: notificationId };
}
