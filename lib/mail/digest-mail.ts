import type { Role } from "@/generated/prisma/enums";
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from "@/lib/notifications/notification-catalogue";
import { notificationsPageFor } from "@/lib/notifications/notifications-page";
import type { MailContent } from "./render-mail";

const ORDER = Object.keys(NOTIFICATION_CATEGORIES) as NotificationCategory[];

function countPhrase(count: number): string {
  return count === 1 ? "1 nieuwe melding" : `${count} nieuwe meldingen`;
}

/**
 * The daily digest: only counts per category ("3 nieuwe meldingen over voordrachten") and one link to the
 * recipient's notifications page; never a title, name or other content of a notification.
 */
export function digestMailContent(counts: Partial<Record<NotificationCategory, number>>, role: Role): MailContent {
  const lines = ORDER.filter((category) => (counts[category] ?? 0) > 0).map(
    (category) => `${countPhrase(counts[category] ?? 0)} over ${NOTIFICATION_CATEGORIES[category].digestPhrase}`,
  );
  const total = ORDER.reduce((sum, category) => sum + (counts[category] ?? 0), 0);
  return {
    subject: `Uw dagelijkse overzicht: ${countPhrase(total)}`,
    paragraphs: [
      "Sinds uw vorige overzicht staat er in het portaal van het Werkcentrum nieuws voor u klaar:",
      ...lines,
      "Welke meldingen u per e-mail krijgt, en hoe laat dit overzicht komt, kiest u zelf onder Mijn account, Meldingen per e-mail.",
    ],
    action: { label: "Bekijk uw meldingen", path: notificationsPageFor(role) },
  };
}
