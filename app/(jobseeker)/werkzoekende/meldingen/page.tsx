import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMyNotifications } from "@/lib/notifications/find-my-notifications";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata: Metadata = { title: "Meldingen" };

export default async function JobseekerNotificationsPage() {
  const actor = await requirePortalActor("/werkzoekende");
  const notifications = await findMyNotifications(actor);

  return (
    <div className="mx-auto max-w-3xl text-lg">
      <PageHeader
        title="Meldingen"
        breadcrumbs={[{ label: "Mijn traject", href: "/werkzoekende" }, { label: "Meldingen" }]}
        lead="Nieuwe berichten over uw hulpvraag en uw traject. Het nieuwste staat bovenaan."
      />
      <NotificationList notifications={notifications} markRead={markNotificationReadAction} markAllRead={markAllNotificationsReadAction} />
    </div>
  );
}
