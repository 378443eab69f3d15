import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";

/** The hour of the daily digest (Europe/Amsterdam) for a user who chose none. */
export const DEFAULT_DIGEST_HOUR = 8;

export const DIGEST_HOUR_MESSAGE = "Kies een heel uur tussen 00:00 en 23:00.";
export const DELIVERY_MESSAGE = "Kies per melding direct, dagelijks overzicht of uit.";

const digestHour = z.number({ error: DIGEST_HOUR_MESSAGE }).int(DIGEST_HOUR_MESSAGE).min(0, DIGEST_HOUR_MESSAGE).max(23, DIGEST_HOUR_MESSAGE);

/**
 * The form of /account/meldingen: the choice per kind (the kinds of the user's role; the domain
 * function refuses others) and the digest hour. Shared by the form and the server action.
 */
export const notificationPreferencesSchema = z.object({
  digestHour,
  deliveries: z.partialRecord(
    z.enum(NOTIFICATION_KINDS, { error: DELIVERY_MESSAGE }),
    z.enum(["DIRECT", "DAILY", "OFF"], { error: DELIVERY_MESSAGE }),
  ),
});

export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;
