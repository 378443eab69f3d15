import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMyNotifications } from "@/lib/notifications/find-my-notifications";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata: Metadata = { title: "Meldingen" };

export default async function EmployerNotificationsPage() {
  const actor = await requirePortalActor("/werkgever");
  const notifications = await findMyNotifications(actor);

  return (
    <>
      <PageHeader
        title="Meldingen"
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Meldingen" }]}
        lead="Nieuwe berichten over uw werk in het portaal, de nieuwste bovenaan."
      />
      <NotificationList notifications={notifications} markRead={markNotificationReadAction} markAllRead={markAllNotificationsReadAction} />
    </>
  );
}
