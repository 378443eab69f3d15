import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findEmployerProposals } from "@/lib/proposals/find-employer-proposals";
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES } from "@/lib/proposals/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";

export const metadata: Metadata = { title: "Voordrachten" };

export default async function EmployerProposalsPage() {
  const actor = await requirePortalActor("/werkgever");
  const rows = actor.organisationId ? await findEmployerProposals(actor) : [];
  return (
    <>
      <PageHeader
        title="Voordrachten"
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Voordrachten" }]}
        lead="Kandidaten die het Werkcentrum voor uw vacatures voordraagt. Laat binnen 10 werkdagen weten of u een kandidaat uitnodigt."
      />
      {rows.length === 0 ? (
        <Alert title="Nog geen voordrachten">Zodra het Werkcentrum een kandidaat voor een van uw vacatures voordraagt, ziet u die hier.</Alert>
      ) : (
        <DataTable
          caption={`${rows.length} voordrachten, nieuwste eerst`}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { header: "Kandidaat", rowHeader: true, cell: (row) => <Link href={`/werkgever/voordrachten/${row.id}`}>{row.candidateName ?? "Kandidaat (naam niet meer gedeeld)"}</Link> },
            { header: "Vacature", cell: (row) => row.vacancyTitle },
            { header: "Status", cell: (row) => <StatusBadge tone={PROPOSAL_STATUS_TONES[row.status]}>{PROPOSAL_STATUS_LABELS[row.status]}</StatusBadge> },
            { header: "Voorgedragen op", cell: (row) => formatShortDate(row.sharedAt) },
            { header: "Antwoord uiterlijk", cell: (row) => (row.status === "PROPOSED" && row.responseDueBy ? formatShortDate(row.responseDueBy) : "–") },
          ]}
        />
      )}
    </>
  );
}
