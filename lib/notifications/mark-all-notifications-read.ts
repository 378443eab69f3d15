import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

/** Marks all of the actor's own unread notifications as read; returns how many changed. */
export async function markAllNotificationsRead({ actor }: { actor: Actor }): Promise<{ count: number }> {
  assertCan(actor, "notification.read");
  const { count } = await prisma.notification.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { count };
}
