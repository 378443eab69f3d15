import "server-only";
import { prisma } from "@/lib/db";
import { deliveryFor } from "@/lib/notification-preferences/delivery-for";
import { DEFAULT_DIGEST_HOUR } from "@/lib/notification-preferences/schemas";
import { isNotificationKind, NOTIFICATION_CATALOGUE, type NotificationCategory } from "@/lib/notifications/notification-catalogue";
import { amsterdamDateAndHour } from "@/lib/time/amsterdam-time";
import { digestMailContent } from "./digest-mail";
import { enqueueMail } from "./enqueue-mail";
import { renderMail } from "./render-mail";

const USERS_PER_RUN = 1000;

/**
 * `mail.sendDailyDigests` (every 15 minutes): for each active user whose digest hour (Europe/Amsterdam) has
 * come today and who has notifications waiting for a digest, one mail with counts per category.
 * At most one digest per user and Amsterdam date: the digest row (unique per user and date) is written first,
 * with ON CONFLICT DO NOTHING, so a second run or instance that gets there later finds it and does nothing.
 * The same transaction marks the entries it covers and writes the outbox mail (dedupe key
 * `digest:<userId>:<date>`); entries stored after it wait for the next day's digest (decision 020).
 */
export async function sendDailyDigests(now: Date): Promise<Record<string, number>> {
  const { date, hour } = amsterdamDateAndHour(now);
  const due = await prisma.$queryRaw<{ userId: string }[]>`
    SELECT DISTINCT e."userId" FROM "NotificationDigestEntry" e
    JOIN "User" u ON u."id" = e."userId" AND u."disabledAt" IS NULL
    LEFT JOIN "NotificationSettings" s ON s."userId" = e."userId"
    WHERE e."digestId" IS NULL
      AND COALESCE(s."digestHour", ${DEFAULT_DIGEST_HOUR}::int) <= ${hour}::int
      AND NOT EXISTS (SELECT 1 FROM "NotificationDigest" d WHERE d."userId" = e."userId" AND d."amsterdamDate" = ${date})
    LIMIT ${USERS_PER_RUN}`;
  const counts = { mailed: 0, empty: 0 };
  for (const { userId } of due) {
    const outcome = await digestFor(userId, date);
    if (outcome) counts[outcome] += 1;
  }
  return counts;
}

async function digestFor(userId: string, date: string): Promise<"mailed" | "empty" | null> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, disabledAt: null }, select: { email: true, role: true } });
    if (!user) return null;
    const [digest] = await tx.notificationDigest.createManyAndReturn({
      data: [{ userId, amsterdamDate: date, mailed: 0 }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!digest) return null; // another run wrote today's digest
    const covered = await tx.$queryRaw<{ kind: string; readAt: Date | null }[]>`
      UPDATE "NotificationDigestEntry" e SET "digestId" = ${digest.id}
      FROM "Notification" n
      WHERE e."userId" = ${userId} AND e."digestId" IS NULL AND n."id" = e."notificationId"
      RETURNING e."kind", n."readAt"`;
    const chosen = new Map((await tx.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } })).map((row) => [row.kind, row.delivery]));

    // Counted: what is still unread and not switched off since it was stored.
    const perCategory: Partial<Record<NotificationCategory, number>> = {};
    let total = 0;
    for (const { kind, readAt } of covered) {
      if (readAt || !isNotificationKind(kind) || deliveryFor(kind, chosen.get(kind)) === "OFF") continue;
      const { category } = NOTIFICATION_CATALOGUE[kind];
      perCategory[category] = (perCategory[category] ?? 0) + 1;
      total += 1;
    }
    if (total === 0) return "empty";
    await enqueueMail(tx, { dedupeKey: `digest:${userId}:${date}`, kind: "notification.digest", to: user.email, mail: renderMail(digestMailContent(perCategory, user.role)) });
    await tx.notificationDigest.update({ where: { id: digest.id }, data: { mailed: total } });
    return "mailed";
  });
}
