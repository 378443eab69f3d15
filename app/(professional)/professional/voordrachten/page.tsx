import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Button, DataTable, Field, PageHeader, Select, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findProfessionalProposals } from "@/lib/proposals/find-professional-proposals";
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES, PROPOSAL_STATUSES } from "@/lib/proposals/labels";
import { proposalListFilterSchema } from "@/lib/proposals/schemas";
import { formatShortDate } from "@/lib/time/amsterdam-time";

export const metadata: Metadata = { title: "Voordrachten" };

export default async function ProfessionalProposalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("/professional");
  const { status } = proposalListFilterSchema.parse(await searchParams);
  const rows = await findProfessionalProposals(actor, { status });
  const isMediator = actor.role === "JOB_MEDIATOR";

  return (
    <>
      <PageHeader
        title="Voordrachten"
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Voordrachten" }]}
        lead={
          isMediator
            ? "Uw voordrachten van kandidaten bij vacatures, met de stand en het antwoord van de werkgever."
            : "Voordrachten bij de vacatures van uw werkgevers. U ziet de kandidaat anoniem; de bemiddelaar staat erbij."
        }
      />
      <form method="get" action="/professional/voordrachten" role="search" aria-label="Voordrachten filteren" className="mb-8 rounded-sm bg-surface p-5">
        <Field id="filter-status" label="Status" optional className="mb-4">
          {(control) => (
            <Select {...control} name="status" defaultValue={status ?? ""} placeholder="Alle statussen"
              options={PROPOSAL_STATUSES.map((value) => ({ value, label: PROPOSAL_STATUS_LABELS[value] }))} />
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button type="submit">Filteren</Button>
          <Link href="/professional/voordrachten">Filter wissen</Link>
        </div>
      </form>
      {rows.length === 0 ? (
        <Alert title="Geen voordrachten gevonden">
          {isMediator ? "Draag een kandidaat voor vanuit de passende vacatures van die kandidaat." : "Er zijn (met dit filter) geen voordrachten bij uw werkgevers."}
        </Alert>
      ) : (
        <DataTable
          caption={`${rows.length} voordrachten, laatst gewijzigd eerst`}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { header: "Kandidaat", rowHeader: true, cell: (row) => <Link href={`/professional/voordrachten/${row.id}`}>{row.candidateLabel}</Link> },
            { header: "Vacature", cell: (row) => row.vacancyTitle },
            { header: "Werkgever", cell: (row) => row.organisationName },
            { header: "Status", cell: (row) => <StatusBadge tone={PROPOSAL_STATUS_TONES[row.status]}>{PROPOSAL_STATUS_LABELS[row.status]}</StatusBadge> },
            { header: "Gewijzigd", cell: (row) => formatShortDate(row.updatedAt) },
            { header: "Antwoord uiterlijk", cell: (row) => (row.status === "PROPOSED" && row.responseDueBy ? formatShortDate(row.responseDueBy) : "–") },
          ]}
        />
      )}
    </>
  );
}
