"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui";
import type { PendingConsentRequest } from "@/lib/consents/find-pending-consent-requests";
import { answerConsentRequestAction } from "../actions";

type Message = { tone: "success" | "error"; text: string };

/** One open request: who asks, what is shared and why; the resident says yes or no (B1 Dutch). */
export function ConsentRequestCard({ request }: { request: PendingConsentRequest }) {
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const router = useRouter();
  // The answered request leaves the list, so the confirmation is shown by the page (?antwoord=).
  const answer = useAction(answerConsentRequestAction, {
    onSuccess: ({ data }) => router.replace(`/werkzoekende/toestemmingen?antwoord=${data?.answer === "GRANT" ? "ja" : "nee"}`),
    onError: ({ error }) => setMessage({ tone: "error", text: error.serverError ?? "Dat is niet gelukt. Vernieuw de pagina en probeer het opnieuw." }),
  });
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const headingId = `verzoek-${request.consentId}`;
  const who = request.kind === "employer" ? request.organisationName : request.partnerName;

  return (
    <li className="rounded-sm border-2 border-warning p-4">
      <h3 id={headingId} className="mb-2 text-xl">
        {request.kind === "employer" ? `Mag ${who} uw gegevens zien?` : `Mag ${who} uw gegevens krijgen?`}
      </h3>
      {request.kind === "employer" ? (
        <>
          <p className="mb-2">
            Uw bemiddelaar {request.requestedBy} wil u voorstellen aan {who} voor de vacature <strong>{request.vacancyTitle}</strong>.
          </p>
          <p className="mb-2">Wat ziet de werkgever? Uw naam, e-mailadres en telefoonnummer, uw vaardigheden, wanneer en hoeveel uur u kunt werken, en of u werkfit bent.</p>
          <p className="mb-2">Waarom past u bij deze baan, volgens uw bemiddelaar:</p>
          <blockquote className="mb-3 border-l-4 border-line-light pl-4 whitespace-pre-line">{request.motivation}</blockquote>
        </>
      ) : (
        <>
          <p className="mb-2">
            Uw bemiddelaar {request.requestedBy} wil u overdragen aan {who}. Die partner kan u beter helpen.
          </p>
          <p className="mb-2">Waarom: {request.reason}</p>
          <p className="mb-3">Wat krijgt de partner? Uw gegevens en uw profiel. Dan hoeft u uw verhaal niet opnieuw te vertellen.</p>
        </>
      )}
      <p className="mb-3">Zegt u nee? Dan delen wij niets. U kunt een ja later altijd intrekken.</p>
      <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite" className="outline-none">
        {message ? (
          <p className={message.tone === "success" ? "mb-3 border-l-8 border-success bg-success-light p-3" : "mb-3 border-l-8 border-danger bg-danger-light p-3 font-semibold"}>
            <span className="sr-only">{message.tone === "success" ? "Gelukt: " : "Fout: "}</span>
            {message.text}
          </p>
        ) : null}
      </div>
        <div className="flex flex-wrap gap-3">
          <Button disabled={answer.isPending} aria-busy={answer.isPending} onClick={() => answer.execute({ consentId: request.consentId, answer: "GRANT" })}>
            Ja, ik geef toestemming<span className="sr-only"> aan {who}</span>
          </Button>
          <Button variant="secondary" disabled={answer.isPending} onClick={() => answer.execute({ consentId: request.consentId, answer: "DECLINE" })}>
            Nee, liever niet<span className="sr-only"> voor {who}</span>
          </Button>
        </div>
    </li>
  );
}
