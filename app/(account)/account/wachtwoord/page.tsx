import type { Metadata } from "next";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { startPageFor } from "@/lib/auth/start-page";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Wachtwoord wijzigen" };

export default async function ChangePasswordPage() {
  const actor = await requirePortalActor("/account/wachtwoord");
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <PortalBreadcrumbs
        crumbs={[
          { label: "Home", href: "/" },
          { label: "Mijn portaal", href: startPageFor(actor.role) },
          { label: "Mijn account", href: "/account" },
          { label: "Wachtwoord wijzigen" },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">Wachtwoord wijzigen</h1>
      <p className="mb-6">
        Vul uw huidige wachtwoord in en kies een nieuw. Daarna wordt u op alle apparaten uitgelogd, ook hier, en logt u in met het nieuwe wachtwoord.
      </p>
      <ChangePasswordForm />
    </div>
  );
}
