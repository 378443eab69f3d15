import Link from "next/link";
import { StatusBadge } from "@/components/ui";
import type { NotificationItem } from "@/lib/notifications/find-my-notifications";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { MarkAllReadButton, MarkReadButton } from "./notification-actions";

type Props = {
  notifications: NotificationItem[];
  markRead: Parameters<typeof MarkReadButton>[0]["action"];
  markAllRead: Parameters<typeof MarkAllReadButton>[0]["action"];
};

/** The list of one's own notifications, newest first; unread ones are marked in words and with a border. */
export function NotificationList({ notifications, markRead, markAllRead }: Props) {
  const unread = notifications.filter((n) => !n.read).length;
  const mailChoice = (
    <p className="mb-4">
      Welke meldingen u ook per e-mail krijgt (direct, in een dagelijks overzicht of niet), kiest u bij{" "}
      <Link href="/account/meldingen">Meldingen per e-mail</Link>.
    </p>
  );
  if (notifications.length === 0) {
    return (
      <>
        {mailChoice}
        <p>U heeft nog geen meldingen.</p>
      </>
    );
  }

  return (
    <section aria-labelledby="meldingen-lijst">
      {mailChoice}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h2 id="meldingen-lijst" className="text-2xl">
          {unread === 0 ? "Alle meldingen zijn gelezen" : unread === 1 ? "1 ongelezen melding" : `${unread} ongelezen meldingen`}
        </h2>
        {unread > 0 ? <MarkAllReadButton action={markAllRead} /> : null}
      </div>
      <ol className="space-y-3">
        {notifications.map((n) => (
          <li key={n.id} className={n.read ? "border-2 border-line-light p-4" : "border-2 border-l-8 border-brand bg-info-light p-4"}>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <h3 className="text-xl">
                  {n.link ? <Link href={n.link}>{n.title}</Link> : n.title}
                </h3>
                <p className="text-muted">
                  {formatDateTime(n.createdAt)}
                  {n.read ? null : (
                    <>
                      {" · "}
                      <StatusBadge tone="info">Ongelezen</StatusBadge>
                    </>
                  )}
                </p>
                {n.body ? <p className="mt-1 whitespace-pre-line">{n.body}</p> : null}
              </div>
              {n.read ? null : <MarkReadButton action={markRead} notificationId={n.id} title={n.title} />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
