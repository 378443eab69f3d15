"use client";

import { useState } from "react";
import { Alert, Button } from "@/components/ui";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { VERIFICATION_MAIL_SENT_MESSAGE } from "@/lib/email-verification/messages";

type ResendAction = () => Promise<{ data?: { outcome: "sent" | "alreadyVerified" }; serverError?: string } | undefined>;

/**
 * Shown in the employer and resident portal while the account's address is not confirmed (decision 019):
 * until then nothing the person submits reaches the Werkcentrum. "Stuur de e-mail opnieuw" is rate-limited
 * on the server.
 */
export function EmailVerificationBanner({ action }: { action: ResendAction }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function resend() {
    setBusy(true);
    const result = await action().catch(() => undefined);
    setMessage(result?.data ? { tone: "success", text: VERIFICATION_MAIL_SENT_MESSAGE } : { tone: "error", text: result?.serverError ?? GENERIC_ERROR_MESSAGE });
    setBusy(false);
  }

  return (
    <div className="mx-auto max-w-5xl px-4 pt-4">
      <Alert tone="warning" title="Bevestig uw e-mailadres">
        <p>
          Wij hebben u een e-mail gestuurd met een link. Pas als u die opent, komt wat u bij ons aanmeldt bij onze medewerkers en kunt u hier
          iets versturen.
        </p>
        <div aria-live="polite">{message ? <p className={message.tone === "error" ? "mt-2 font-bold" : "mt-2"}>{message.text}</p> : null}</div>
        <Button variant="secondary" className="mt-3" disabled={busy} aria-busy={busy} onClick={() => void resend()}>
          Stuur de e-mail opnieuw
        </Button>
      </Alert>
    </div>
  );
}
