import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { safeNotificationLink } from "./safe-link";

export type NotificationItem = {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  /** A same-origin path, or null. */
  link: string | null;
  read: boolean;
  createdAt: Date;
};

/** The actor's own notifications, newest first (at most `limit`, default 100). */
export async function findMyNotifications(actor: Actor, options: { limit?: number } = {}): Promise<NotificationItem[]> {
  assertCan(actor, "notification.read");
  const rows = await prisma.notification.findMany({
    where: { userId: actor.userId },
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 100, 1), 500),
  });
  return rows.map(({ readAt, link, ...row }) => ({ ...row, link: safeNotificationLink(link), read: readAt !== null }));
}
