import type { Metadata } from "next";
import { findUsableResetToken } from "@/lib/password-reset/find-usable-reset-token";
import { InvalidResetLink } from "./_components/invalid-reset-link";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Nieuw wachtwoord kiezen", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await findUsableResetToken(token);
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 text-lg">
      <h1 className="mb-4 text-3xl font-bold">Nieuw wachtwoord kiezen</h1>
      {usable ? (
        <>
          <p className="mb-6">Kies een nieuw wachtwoord. Daarna wordt u op alle apparaten uitgelogd en logt u in met het nieuwe wachtwoord.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <InvalidResetLink />
      )}
    </div>
  );
}
