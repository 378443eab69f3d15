import type { Metadata } from "next";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { startPageFor } from "@/lib/auth/start-page";
import { getNotificationPreferences } from "@/lib/notification-preferences/get-notification-preferences";
import { NotificationPreferencesForm } from "./_components/notification-preferences-form";

export const metadata: Metadata = { title: "Meldingen per e-mail" };

/** Which notifications mail the user, per kind direct, in the daily digest or not at all, and the digest's hour. */
export default async function NotificationPreferencesPage() {
  const actor = await requirePortalActor("/account");
  const { digestHour, groups } = await getNotificationPreferences({ actor });

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <PortalBreadcrumbs
        crumbs={[{ label: "Home", href: "/" }, { label: "Mijn portaal", href: startPageFor(actor.role) }, { label: "Mijn account", href: "/account" }, { label: "Meldingen per e-mail" }]}
      />
      <h1 className="mb-4 text-3xl font-bold">Meldingen per e-mail</h1>
      <p className="mb-2">
        Kies per soort melding of u er direct een e-mail over krijgt, één keer per dag in een overzicht, of geen e-mail. U ziet uw meldingen altijd in
        het portaal.
      </p>
      <p className="mb-8">Een e-mail vertelt alleen dat er iets voor u klaarstaat, nooit om wie het gaat: dat leest u na het inloggen.</p>
      <NotificationPreferencesForm digestHour={digestHour} groups={groups} />
    </div>
  );
}
