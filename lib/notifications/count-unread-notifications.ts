import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

/** How many of the actor's own notifications are unread (for a badge in the navigation). */
export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  if (!actor || !can(actor, "notification.read")) return 0;
  return prisma.notification.count({ where: { userId: actor.userId, readAt: null } });
}
