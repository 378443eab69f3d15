import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { searchId } from "@/lib/forms/search-params";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getProposalForm, type ProposalFormView } from "@/lib/proposals/get-proposal-form";
import { PROPOSAL_STATUS_LABELS, REOPENABLE_PROPOSAL_STATUSES } from "@/lib/proposals/labels";
import { ProposalForm } from "./_components/proposal-form";

export const metadata: Metadata = { title: "Kandidaat voordragen" };

async function formOr404(actor: Actor, candidateId: string, vacancyId: string | null): Promise<ProposalFormView> {
  return orNotFound(() => getProposalForm(actor, candidateId, vacancyId));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ vacature?: string | string[] }> };

export default async function ProposeCandidatePage({ params, searchParams }: Props) {
  const actor = await requirePortalActor("/professional");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const vacancyId = searchId.parse(query.vacature) ?? null;
  const view = await formOr404(actor, id, vacancyId);
  const base = `/professional/kandidaten/${view.candidate.id}`;
  const reopen = view.existing && (REOPENABLE_PROPOSAL_STATUSES as readonly string[]).includes(view.existing.status);

  return (
    <>
      <PageHeader
        title={`${view.candidate.name} voordragen`}
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Kandidaten", href: "/professional/kandidaten" },
          { label: view.candidate.name, href: base },
          { label: "Voordragen" },
        ]}
        lead="De kandidaat krijgt eerst een verzoek om toestemming. Pas na die toestemming ziet de werkgever de voordracht."
      />
      {!view.vacancy ? (
        <Alert tone="warning" title="U kunt voor deze vacature niet voordragen">
          De vacature bestaat niet, is niet in behandeling, of is aan een andere bemiddelaar overgedragen. Kies een vacature bij{" "}
          <Link href={`${base}/matches`}>de passende vacatures</Link>.
        </Alert>
      ) : !view.candidate.hasAccount ? (
        <Alert tone="warning" title="Deze kandidaat kan nog geen toestemming geven">
          {view.candidate.name} heeft geen account in het portaal. Zonder account kan de kandidaat het verzoek om toestemming niet zien. Vraag de kandidaat
          eerst een account aan te maken.
        </Alert>
      ) : view.existing && !reopen ? (
        <Alert title="Deze kandidaat is al voorgedragen voor deze vacature">
          Status: {PROPOSAL_STATUS_LABELS[view.existing.status]}. <Link href={`/professional/voordrachten/${view.existing.id}`}>Bekijk de voordracht</Link>.
        </Alert>
      ) : (
        <>
          <section aria-labelledby="vacature" className="mb-8">
            <h2 id="vacature" className="mb-2 text-2xl">Vacature</h2>
            <p>
              <Link href={`/professional/vacatures/${view.vacancy.id}`}>{view.vacancy.title}</Link> bij {view.vacancy.organisationName}
            </p>
            {reopen ? <p className="mt-2">Deze kandidaat was eerder voorgedragen ({PROPOSAL_STATUS_LABELS[view.existing!.status]}). U vraagt opnieuw toestemming.</p> : null}
          </section>
          <ProposalForm candidateId={view.candidate.id} vacancyId={view.vacancy.id} />
        </>
      )}
    </>
  );
}
