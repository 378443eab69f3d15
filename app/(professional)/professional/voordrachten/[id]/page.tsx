import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getProfessionalProposal, type ProfessionalProposalView } from "@/lib/proposals/get-professional-proposal";
import { DECLINE_REASON_LABELS, isOpenProposalStatus, PLACEABLE_PROPOSAL_STATUSES, PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES } from "@/lib/proposals/labels";
import { formatDateTime, formatShortDate } from "@/lib/time/amsterdam-time";
import { WithdrawForm } from "./_components/withdraw-form";

export const metadata: Metadata = { title: "Voordracht" };

async function proposalOr404(actor: Actor, id: string): Promise<ProfessionalProposalView> {
  return orNotFound(() => getProfessionalProposal(actor, id));
}

export default async function ProfessionalProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const proposal = await proposalOr404(actor, id);
  const candidateLabel = proposal.candidate ? proposal.candidate.name : `Kandidaat van ${proposal.ownerName}`;
  const placeable = (PLACEABLE_PROPOSAL_STATUSES as readonly string[]).includes(proposal.status) && proposal.canWithdraw;

  return (
    <>
      <PageHeader
        title={`Voordracht: ${candidateLabel}`}
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Voordrachten", href: "/professional/voordrachten" }, { label: candidateLabel }]}
        lead={
          <>
            Bij <Link href={`/professional/vacatures/${proposal.vacancy.id}`}>{proposal.vacancy.title}</Link> van {proposal.vacancy.organisationName}.
          </>
        }
        action={placeable ? <LinkButton href={`/professional/voordrachten/${proposal.id}/plaatsen`}>Plaatsing vastleggen</LinkButton> : undefined}
      />
      <section aria-labelledby="stand" className="mb-8">
        <h2 id="stand" className="mb-3 text-2xl">Stand</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd><StatusBadge tone={PROPOSAL_STATUS_TONES[proposal.status]}>{PROPOSAL_STATUS_LABELS[proposal.status]}</StatusBadge></dd>
          {proposal.candidate ? (
            <>
              <dt className="font-semibold">Kandidaat</dt>
              <dd><Link href={`/professional/kandidaten/${proposal.candidate.id}`}>{proposal.candidate.name}</Link></dd>
            </>
          ) : null}
          <dt className="font-semibold">Voorgedragen door</dt>
          <dd>{proposal.proposedByName} op {formatShortDate(proposal.createdAt)}</dd>
          <dt className="font-semibold">Gedeeld met de werkgever</dt>
          <dd>{proposal.sharedAt ? formatShortDate(proposal.sharedAt) : "Nog niet (wacht op toestemming van de kandidaat of geen toestemming)"}</dd>
          {proposal.status === "PROPOSED" && proposal.responseDueBy ? (
            <>
              <dt className="font-semibold">Antwoord uiterlijk</dt>
              <dd>{formatShortDate(proposal.responseDueBy)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {proposal.declineReason ? (
        <Alert tone="warning" title={`De werkgever koos niet voor deze kandidaat: ${DECLINE_REASON_LABELS[proposal.declineReason]}`}>
          {proposal.declineText ? <p>Toelichting van de werkgever: {proposal.declineText}</p> : null}
        </Alert>
      ) : null}
      {proposal.interviewOutcomeAt ? (
        <Alert tone={proposal.status === "INTERVIEW_NEGATIVE" ? "warning" : "success"} title={`Uitkomst van het gesprek: ${proposal.status === "INTERVIEW_NEGATIVE" ? "negatief" : "positief"}`}>
          {proposal.interviewNote ? <p>Toelichting van de werkgever: {proposal.interviewNote}</p> : null}
        </Alert>
      ) : null}
      {proposal.withdrawnReason ? <Alert title="Ingetrokken">Reden: {proposal.withdrawnReason}</Alert> : null}

      <section aria-labelledby="motivatie" className="mb-8">
        <h2 id="motivatie" className="mb-3 text-2xl">Motivatie</h2>
        <p className="whitespace-pre-line">{proposal.motivation}</p>
      </section>

      <DataTable
        caption="Geschiedenis van de voordracht"
        rows={proposal.history}
        rowKey={(row) => `${row.at.toISOString()}-${row.toStatus}`}
        columns={[
          { header: "Moment", rowHeader: true, cell: (row) => formatDateTime(row.at) },
          { header: "Van", cell: (row) => (row.fromStatus ? PROPOSAL_STATUS_LABELS[row.fromStatus] : "–") },
          { header: "Naar", cell: (row) => PROPOSAL_STATUS_LABELS[row.toStatus] },
          { header: "Door", cell: (row) => row.byName ?? "Het systeem" },
        ]}
      />

      {proposal.canWithdraw && isOpenProposalStatus(proposal.status) ? (
        <section aria-labelledby="intrekken" className="mb-8 border-t-2 border-line-light pt-6">
          <h2 id="intrekken" className="mb-3 text-2xl">Voordracht intrekken</h2>
          <WithdrawForm proposalId={proposal.id} />
        </section>
      ) : null}
    </>
  );
}
