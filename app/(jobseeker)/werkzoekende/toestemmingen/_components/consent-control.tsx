"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui";
import { grantPartnerSharingAction, revokeConsentAction } from "../actions";

type Props = {
  /** What is shared, for button names and messages: "uw profiel met de partners". */
  what: string;
  /** The active consent to revoke; null when nothing is shared now. */
  activeConsentId: string | null;
  /** Only partner sharing can be switched on again here; employers and partners ask through the bemiddelaar. */
  canGrant: boolean;
  /** Said after revoking, in plain words: what happens now. */
  afterRevoke: string;
};

type Message = { tone: "success" | "error"; text: string };

/**
 * Revoke (after one confirmation) or grant again. The server change is idempotent; the buttons are
 * also disabled while a request runs. The message stays after the page refreshes with the new state.
 */
export function ConsentControl({ what, activeConsentId, canGrant, afterRevoke }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const onError = ({ error }: { error: { serverError?: string } }) =>
    setMessage({ tone: "error", text: error.serverError ?? "Dat is niet gelukt. Vernieuw de pagina en probeer het opnieuw." });
  const revoke = useAction(revokeConsentAction, {
    onSuccess: () => {
      setConfirming(false);
      setMessage({ tone: "success", text: `U heeft uw toestemming ingetrokken. ${afterRevoke}` });
    },
    onError,
  });
  const grant = useAction(grantPartnerSharingAction, {
    onSuccess: () => setMessage({ tone: "success", text: `U heeft toestemming gegeven om ${what} te delen.` }),
    onError,
  });
  const busy = revoke.isPending || grant.isPending;

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  return (
    <div className="mt-4">
      <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite" className="outline-none">
        {message ? (
          <p className={message.tone === "success" ? "mb-4 border-l-8 border-success bg-success-light p-3" : "mb-4 border-l-8 border-danger bg-danger-light p-3 font-semibold"}>
            <span className="sr-only">{message.tone === "success" ? "Gelukt: " : "Fout: "}</span>
            {message.text}
          </p>
        ) : null}
      </div>

      {activeConsentId && confirming ? (
        <div className="border-2 border-warning p-4">
          <p ref={questionRef} tabIndex={-1} className="mb-3 font-semibold outline-none">
            Weet u zeker dat u wilt stoppen met het delen van {what}?
          </p>
          <div className="flex flex-wrap gap-3">
            <Button disabled={busy} aria-busy={busy} onClick={() => revoke.execute({ consentId: activeConsentId })}>
              Ja, trek mijn toestemming in
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              Nee, blijf delen
            </Button>
          </div>
        </div>
      ) : activeConsentId ? (
        <Button variant="secondary" disabled={busy} onClick={() => { setMessage(null); setConfirming(true); }}>
          Toestemming intrekken<span className="sr-only"> voor het delen van {what}</span>
        </Button>
      ) : canGrant ? (
        <Button disabled={busy} aria-busy={busy} onClick={() => { setMessage(null); grant.execute({}); }}>
          Toestemming geven<span className="sr-only"> om {what} te delen</span>
        </Button>
      ) : null}
    </div>
  );
}
