import type { Metadata } from "next";
import { findOwnEmailStatus } from "@/lib/account/find-own-email-status";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { AccountSubpageHeader } from "../_components/account-subpage-header";
import { ChangeEmailForm } from "./_components/change-email-form";

export const metadata: Metadata = { title: "E-mailadres wijzigen" };

export default async function ChangeEmailPage() {
  const actor = await requirePortalActor("/account");
  const status = await findOwnEmailStatus({ actor });
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg">
      <AccountSubpageHeader actor={actor} title="E-mailadres wijzigen" />
      <p className="mb-2">
        U logt nu in met <strong>{status.email}</strong>.
      </p>
      {status.pendingEmail ? (
        <p className="mb-2">
          Wacht op bevestiging: <strong>{status.pendingEmail}</strong>. Open de link in de e-mail aan dat adres.
        </p>
      ) : null}
      <p className="mb-6">
        Het nieuwe adres gaat in zodra u de link opent die wij ernaartoe sturen; daarna wordt u op alle apparaten uitgelogd. Uw huidige adres krijgt
        een bericht dat er om een wijziging is gevraagd.
      </p>
      <ChangeEmailForm />
    </div>
  );
}
