import { z } from "zod";

/** Marking one of one's own notifications as read. No server imports: used by the buttons too. */
export const markNotificationReadSchema = z.object({
  notificationId: z.string({ error: "Deze melding is niet gevonden." }).trim().min(1, "Deze melding is niet gevonden.").max(40, "Deze melding is niet gevonden."),
});
export type MarkNotificationReadInput = z.output<typeof markNotificationReadSchema>;

export const markAllNotificationsReadSchema = z.object({});
