import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { enqueueMail } from "./enqueue-mail";
import { renderMail, type MailContent } from "./render-mail";

/**
 * The notification kinds that are also mailed, each with its fixed mail. A mail never repeats the
 * notification's title or body: it only says that something is waiting and links into the portal
 * (decision 015). Per-user choice (direct, daily digest, off) is not built yet; until then only kinds
 * every recipient needs at once are listed.
 */
const MAILED_KINDS: Partial<Record<NotificationKind, MailContent>> = {
  "handover.requested": {
    subject: "Een warme overdracht wacht op uw team",
    paragraphs: [
      "Er is een warme overdracht voor uw team binnengekomen in het portaal van het Werkcentrum.",
      "Log in om de overdracht te bekijken en op tijd aan te nemen of af te wijzen.",
    ],
    action: { label: "Bekijk de overdrachten", path: "/professional/overdrachten" },
  },
};

/** Writes the mails of the stored notifications to the outbox, in the caller's transaction; active users only. */
export async function enqueueNotificationMails(
  tx: Prisma.TransactionClient,
  notifications: { id: string; userId: string; kind: string }[],
): Promise<number> {
  const mailed = notifications.filter((notification) => MAILED_KINDS[notification.kind as NotificationKind]);
  if (mailed.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(mailed.map((notification) => notification.userId))] }, disabledAt: null },
    select: { id: true, email: true },
  });
  const emailOf = new Map(users.map((user) => [user.id, user.email]));
  let count = 0;
  for (const notification of mailed) {
    const to = emailOf.get(notification.userId);
    const content = MAILED_KINDS[notification.kind as NotificationKind];
    if (!to || !content) continue;
    const added = await enqueueMail(tx, { dedupeKey: `notification:${notification.id}`, kind: notification.kind, to, mail: renderMail(content) });
    if (added) count += 1;
  }
  return count;
}
