import type { Metadata } from "next";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { AccountSubpageHeader } from "../_components/account-subpage-header";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Wachtwoord wijzigen" };

export default async function ChangePasswordPage() {
  const actor = await requirePortalActor("/account");
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <AccountSubpageHeader actor={actor} title="Wachtwoord wijzigen" />
      <p className="mb-6">
        Vul uw huidige wachtwoord in en kies een nieuw. Daarna wordt u op alle apparaten uitgelogd, ook hier, en logt u in met het nieuwe wachtwoord.
      </p>
      <ChangePasswordForm />
    </div>
  );
}
