import "server-only";
import type { NotificationDelivery } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { kindsForRole, NOTIFICATION_CATALOGUE, NOTIFICATION_CATEGORIES, type NotificationCategory } from "@/lib/notifications/notification-catalogue";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { deliveryFor } from "./delivery-for";
import { DEFAULT_DIGEST_HOUR } from "./schemas";

export type NotificationPreferenceGroup = {
  category: NotificationCategory;
  label: string;
  kinds: { kind: NotificationKind; label: string; delivery: NotificationDelivery }[];
};

/** The caller's own mail choices: the kinds of their role, grouped, each with its current choice; and the digest hour. */
export async function getNotificationPreferences({ actor }: { actor: Actor }): Promise<{ digestHour: number; groups: NotificationPreferenceGroup[] }> {
  assertCan(actor, "notificationPreferences.edit", { userId: actor.userId });
  const [stored, settings] = await Promise.all([
    prisma.notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, delivery: true } }),
    prisma.notificationSettings.findUnique({ where: { userId: actor.userId }, select: { digestHour: true } }),
  ]);
  const chosen = new Map(stored.map((row) => [row.kind, row.delivery]));
  const groups: NotificationPreferenceGroup[] = [];
  for (const kind of kindsForRole(actor.role)) {
    const { category, label } = NOTIFICATION_CATALOGUE[kind];
    let group = groups.find((existing) => existing.category === category);
    if (!group) {
      group = { category, label: NOTIFICATION_CATEGORIES[category].label, kinds: [] };
      groups.push(group);
    }
    group.kinds.push({ kind, label, delivery: deliveryFor(kind, chosen.get(kind)) });
  }
  return { digestHour: settings?.digestHour ?? DEFAULT_DIGEST_HOUR, groups };
}
