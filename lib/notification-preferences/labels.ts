import type { NotificationDelivery } from "@/generated/prisma/enums";

/** The three choices per kind on /account/meldingen, in the order they are shown. */
export const DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  DIRECT: "Direct",
  DAILY: "Dagelijks overzicht",
  OFF: "Uit",
};

export const DELIVERY_ORDER: readonly NotificationDelivery[] = ["DIRECT", "DAILY", "OFF"];

/** "08:00" for the digest hour's options. */
export function digestHourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}
