import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findPlacements } from "@/lib/placements/find-placements";
import { PLACEMENT_CONTRACT_LABELS } from "@/lib/placements/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { PhaseBadge } from "@/components/placements/placement-parts";

export const metadata: Metadata = { title: "Plaatsingen" };

export default async function EmployerPlacementsPage() {
  const actor = await requirePortalActor("/werkgever");
  const now = await currentTime();
  const placements = actor.organisationId ? await findPlacements(actor, now) : [];
  return (
    <>
      <PageHeader title="Plaatsingen" breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Plaatsingen" }]} lead="Kandidaten die via het Werkcentrum bij u zijn begonnen." />
      {placements.length === 0 ? (
        <p>U heeft nog geen plaatsingen.</p>
      ) : (
        <DataTable
          caption="Uw plaatsingen, de nieuwste eerst"
          rows={placements}
          rowKey={(row) => row.id}
          columns={[
            { header: "Kandidaat", rowHeader: true, cell: (row) => <Link href={`/werkgever/plaatsingen/${row.id}`}>{row.candidateLabel}</Link> },
            { header: "Vacature", cell: (row) => row.vacancy?.title ?? "–" },
            { header: "Start", cell: (row) => formatShortDate(row.startDate) },
            { header: "Contract", cell: (row) => PLACEMENT_CONTRACT_LABELS[row.contractType] },
            { header: "Status", cell: (row) => <PhaseBadge placement={row} /> },
            { header: "Nazorgvraag", cell: (row) => (row.checks.some((c) => c.side === "EMPLOYER" && (c.state === "DUE" || c.state === "OVERDUE")) ? "Te beantwoorden" : "–") },
          ]}
        />
      )}
    </>
  );
}
