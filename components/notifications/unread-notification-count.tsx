import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";

/**
 * A link to the notification list with the unread count, for a portal's navigation:
 *   <UnreadNotificationCount actor={actor} href="/werkgever/meldingen" />
 * Server component; the count is the actor's own.
 */
export async function UnreadNotificationCount({ actor, href, className }: { actor: Actor; href: string; className?: string }) {
  const unread = await countUnreadNotifications(actor);
  return (
    <Link href={href} className={className}>
      Meldingen
      {unread > 0 ? (
        <span className="ml-2 inline-block min-w-7 rounded-full bg-danger px-2 text-center text-base font-bold text-white">
          {unread}
          <span className="sr-only"> ongelezen</span>
        </span>
      ) : null}
    </Link>
  );
}
