import type { Metadata } from "next";
import { Alert, PageHeader, StatusBadge } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { LEVEL_NAMES } from "@/lib/matching/explain";
import { getEmployerProposal, type EmployerProposalView } from "@/lib/proposals/get-employer-proposal";
import { DECLINE_REASON_LABELS, PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES } from "@/lib/proposals/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { AnswerForms, InterviewOutcomeForm } from "./_components/answer-forms";

export const metadata: Metadata = { title: "Voordracht" };

async function proposalOr404(actor: Actor, id: string): Promise<EmployerProposalView> {
  return orNotFound(() => getEmployerProposal(actor, id));
}

function hoursText(min: number | null, max: number | null): string {
  if (min && max) return min === max ? `${min} uur per week` : `${min} tot ${max} uur per week`;
  if (max) return `tot ${max} uur per week`;
  if (min) return `minstens ${min} uur per week`;
  return "niet opgegeven";
}

export default async function EmployerProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/werkgever");
  const { id } = await params;
  const proposal = await proposalOr404(actor, id);
  const { shared } = proposal;
  const title = shared ? shared.name : "Voorgedragen kandidaat";

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Voordrachten", href: "/werkgever/voordrachten" }, { label: title }]}
        lead={`Voorgedragen voor uw vacature "${proposal.vacancy.title}" op ${formatShortDate(proposal.sharedAt)} door ${proposal.proposedByName}.`}
      />
      <p className="mb-6">
        Status: <StatusBadge tone={PROPOSAL_STATUS_TONES[proposal.status]}>{PROPOSAL_STATUS_LABELS[proposal.status]}</StatusBadge>
        {proposal.status === "PROPOSED" && proposal.responseDueBy ? <> · Graag uw antwoord uiterlijk {formatShortDate(proposal.responseDueBy)}</> : null}
      </p>

      {shared ? (
        <section aria-labelledby="contact" className="mb-8">
          <h2 id="contact" className="mb-3 text-2xl">Contactgegevens</h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Naam</dt>
            <dd>{shared.name}</dd>
            <dt className="font-semibold">E-mailadres</dt>
            <dd>{shared.email ?? "niet bekend"}</dd>
            <dt className="font-semibold">Telefoon</dt>
            <dd>{shared.phone ?? "niet bekend"}</dd>
          </dl>
        </section>
      ) : proposal.access === "consentRevoked" ? (
        <Alert tone="warning" title="De kandidaat heeft de toestemming ingetrokken">
          U ziet daarom geen naam, contactgegevens, motivatie en gespreksnotities meer. Heeft u vragen over deze voordracht? Neem contact op met {proposal.proposedByName} van het Werkcentrum.
        </Alert>
      ) : (
        <Alert title="Deze voordracht loopt niet meer">
          De toestemming van de kandidaat gold alleen voor deze voordracht. U ziet daarom geen naam, contactgegevens, motivatie en gespreksnotities meer. Heeft u vragen? Neem contact op met {proposal.proposedByName} van het Werkcentrum.
        </Alert>
      )}

      <section aria-labelledby="profiel" className="mb-8">
        <h2 id="profiel" className="mb-3 text-2xl">Profiel</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Vaardigheden</dt>
          <dd>
            {proposal.profile.skills.length === 0 ? (
              "geen opgegeven"
            ) : (
              <ul className="list-disc pl-6">
                {proposal.profile.skills.map((skill) => (
                  <li key={skill.label}>
                    {skill.label}: niveau {skill.level} ({LEVEL_NAMES[skill.level] ?? "onbekend"})
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt className="font-semibold">Beschikbaar vanaf</dt>
          <dd>{proposal.profile.availableFrom ? formatShortDate(proposal.profile.availableFrom) : "direct"}</dd>
          <dt className="font-semibold">Uren</dt>
          <dd>{hoursText(proposal.profile.hoursPerWeekMin, proposal.profile.hoursPerWeekMax)}</dd>
          {shared ? (
            <>
              <dt className="font-semibold">Werkfit</dt>
              <dd>{shared.isWorkReady ? `Ja${shared.workReadySince ? `, sinds ${formatShortDate(shared.workReadySince)}` : ""}` : "Nee"}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {shared ? (
        <section aria-labelledby="motivatie" className="mb-8">
          <h2 id="motivatie" className="mb-3 text-2xl">Waarom deze kandidaat past</h2>
          <p className="whitespace-pre-line">{shared.motivation}</p>
        </section>
      ) : null}

      {proposal.declineReason ? (
        <Alert title={`U heeft deze kandidaat afgewezen: ${DECLINE_REASON_LABELS[proposal.declineReason]}`}>Uw antwoord is doorgestuurd naar {proposal.proposedByName}.</Alert>
      ) : null}
      {proposal.interviewOutcomeAt ? (
        <Alert title={`Uitkomst van het gesprek: ${proposal.status === "INTERVIEW_NEGATIVE" ? "negatief" : "positief"}`}>{shared?.interviewNote ?? null}</Alert>
      ) : null}

      {proposal.status === "PROPOSED" ? (
        <section aria-labelledby="antwoord" className="mb-8 border-t-2 border-line-light pt-6">
          <h2 id="antwoord" className="mb-4 text-2xl">Uw antwoord</h2>
          <AnswerForms proposalId={proposal.id} />
        </section>
      ) : null}
      {proposal.status === "INVITED" ? (
        <section aria-labelledby="gesprek" className="mb-8 border-t-2 border-line-light pt-6">
          <h2 id="gesprek" className="mb-4 text-2xl">Uitkomst van het gesprek</h2>
          <InterviewOutcomeForm proposalId={proposal.id} />
        </section>
      ) : null}
    </>
  );
}
