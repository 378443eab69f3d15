import type { NotificationDelivery } from "@/generated/prisma/enums";
import { NOTIFICATION_CATALOGUE } from "@/lib/notifications/notification-catalogue";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";

/** How a notification of this kind reaches the user by mail: their own choice, else the kind's default. */
export function deliveryFor(kind: NotificationKind, chosen: NotificationDelivery | undefined): NotificationDelivery {
  return chosen ?? NOTIFICATION_CATALOGUE[kind].defaultDelivery;
}
