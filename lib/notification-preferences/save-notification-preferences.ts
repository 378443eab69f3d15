import "server-only";
import type { NotificationDelivery } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { kindsForRole } from "@/lib/notifications/notification-catalogue";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { notificationPreferencesSchema } from "./schemas";

/**
 * Saves the caller's own choice per notification kind and their digest hour, all or nothing. Only the
 * kinds their role receives may be chosen. Saving the same form twice changes nothing the second time.
 * A choice applies to notifications stored from then on (decision 020).
 */
export async function saveNotificationPreferences({ actor, input }: { actor: Actor; input: unknown }): Promise<{ saved: number }> {
  assertCan(actor, "notificationPreferences.edit", { userId: actor.userId });
  const parsed = notificationPreferencesSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { digestHour, deliveries } = parsed.data;
  const allowed = new Set(kindsForRole(actor.role));
  const entries = Object.entries(deliveries) as [NotificationKind, NotificationDelivery][];
  if (entries.some(([kind]) => !allowed.has(kind))) {
    throw new FieldInputError("deliveries", "U kunt alleen kiezen voor meldingen die u in uw rol krijgt.");
  }

  // INSERT … ON CONFLICT: two submits at once both succeed and leave one row per kind.
  await prisma.$transaction([
    prisma.$executeRaw`
      INSERT INTO "NotificationPreference" ("userId", "kind", "delivery", "updatedAt")
      SELECT ${actor.userId}, chosen.kind, chosen.delivery::"NotificationDelivery", now()
      FROM unnest(${entries.map(([kind]) => kind)}::text[], ${entries.map(([, delivery]) => delivery)}::text[]) AS chosen(kind, delivery)
      ON CONFLICT ("userId", "kind") DO UPDATE SET "delivery" = EXCLUDED."delivery", "updatedAt" = EXCLUDED."updatedAt"`,
    prisma.$executeRaw`
      INSERT INTO "NotificationSettings" ("userId", "digestHour", "updatedAt") VALUES (${actor.userId}, ${digestHour}, now())
      ON CONFLICT ("userId") DO UPDATE SET "digestHour" = EXCLUDED."digestHour", "updatedAt" = EXCLUDED."updatedAt"`,
  ]);
  return { saved: entries.length };
}
