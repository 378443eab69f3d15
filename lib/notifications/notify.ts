import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { enqueueNotificationMails } from "@/lib/mail/notification-mails";
import type { NotificationMessage } from "./notification-kinds";

type TransactionClient = Prisma.TransactionClient;

/**
 * A delivery channel besides the in-app list and the mail outbox, registered at start-up when it is
 * configured, without changing any caller.
 */
export type NotificationChannel = {
  name: string;
  deliver: (messages: NotificationMessage[]) => Promise<void>;
};

const channels: NotificationChannel[] = [];

export function registerNotificationChannel(channel: NotificationChannel): void {
  if (!channels.some((existing) => existing.name === channel.name)) channels.push(channel);
}

/**
 * Stores in-app notifications inside the caller's transaction (so they exist exactly when the change
 * that caused them does) and hands them to the registered channels after that.
 * Returns a function to call after commit for the external channels; it also sends the direct mails
 * at once (a caller that never calls it leaves them to the `mail.sendOutbox` job, a minute later).
 */
export async function notify(tx: TransactionClient, messages: NotificationMessage[]): Promise<() => Promise<void>> {
  if (messages.length === 0) return async () => {};
  const created = await tx.notification.createManyAndReturn({
    data: messages.map(({ userId, kind, title, body, link }) => ({ userId, kind, title, body, link })),
    select: { id: true, userId: true, kind: true },
  });
  // Mailed as each recipient chose (direct, daily digest, off): through the outbox, so the mail commits
  // with the notification (decisions 015 and 020).
  const { direct } = await enqueueNotificationMails(tx, created);
  return async () => {
    if (direct > 0) deliverMailSoon();
    await Promise.allSettled(channels.map((channel) => channel.deliver(messages)));
  };
}
