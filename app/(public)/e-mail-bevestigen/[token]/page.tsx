import type { Metadata } from "next";
import { findUsableEmailToken } from "@/lib/email-verification/find-usable-email-token";
import { ConfirmEmailForm } from "./_components/confirm-email-form";
import { InvalidEmailLink } from "./_components/invalid-email-link";

export const metadata: Metadata = { title: "E-mailadres bevestigen", referrer: "no-referrer" };

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await findUsableEmailToken(token);
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 text-lg">
      <h1 className="mb-4 text-3xl font-bold">E-mailadres bevestigen</h1>
      {usable?.purpose === "REGISTRATION" ? (
        <>
          <p className="mb-6">Bevestig dat dit uw e-mailadres is. Pas daarna komt wat u bij ons aanmeldt bij onze medewerkers.</p>
          <ConfirmEmailForm token={token} label="Bevestig mijn e-mailadres" />
        </>
      ) : usable?.purpose === "CHANGE" ? (
        <>
          <p className="mb-6">
            Bevestig dat u voortaan met dit e-mailadres inlogt. Daarna wordt u op alle apparaten uitgelogd en logt u in met het nieuwe adres.
          </p>
          <ConfirmEmailForm token={token} label="Bevestig mijn nieuwe e-mailadres" />
        </>
      ) : (
        <InvalidEmailLink />
      )}
    </div>
  );
}
