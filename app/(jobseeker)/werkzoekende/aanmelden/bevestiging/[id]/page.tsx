import type { Metadata } from "next";
import { Alert, LinkButton, PageHeader } from "@/components/ui";
import { isEmailVerified } from "@/lib/auth/email-verification-gate";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getOwnHelpRequest } from "@/lib/help-requests/get-own-help-request";
import { HELP_QUESTION_LABELS } from "@/lib/help-requests/labels";
import { ConfirmationDetails } from "../../_components/confirmation-details";

export const metadata: Metadata = { title: "Aanmelding verstuurd" };

/** After J1: where the request went, who contacts the resident and by when. Only the resident's own request. */
export default async function HelpRequestConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  // Under the public /werkzoekende/aanmelden path, so this page asks for the resident itself.
  const actor = await requirePortalActor("/werkzoekende");
  const { id } = await params;
  const request = await orNotFound(() => getOwnHelpRequest(actor, id), ["NOT_FOUND"]);
  const verified = await isEmailVerified(actor.userId);

  return (
    <>
      <PageHeader
        title="Uw aanmelding is verstuurd"
        breadcrumbs={[{ label: "Mijn traject", href: "/werkzoekende" }, { label: "Aanmelding verstuurd" }]}
      />
      <div className="max-w-2xl">
        <Alert tone="success" title={`Uw vraag: ${HELP_QUESTION_LABELS[request.question]}`}>
          <ConfirmationDetails partner={request.partner} team={request.team} dueBy={request.dueBy} />
        </Alert>
        {verified ? (
          <p className="mb-6">U hoeft nu niets te doen. Op Mijn traject ziet u altijd hoe het met uw vraag staat en wie u helpt.</p>
        ) : (
          <p className="mb-6">
            Nog één stap: open de link in de e-mail die wij u stuurden om uw e-mailadres te bevestigen. Pas daarna krijgt het team uw vraag te
            zien. Op Mijn traject ziet u altijd hoe het met uw vraag staat en wie u helpt.
          </p>
        )}
        <LinkButton href="/werkzoekende">Naar Mijn traject</LinkButton>
      </div>
    </>
  );
}
