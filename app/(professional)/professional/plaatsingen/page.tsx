import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findPlacements } from "@/lib/placements/find-placements";
import { PLACEMENT_CONTRACT_LABELS } from "@/lib/placements/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { CheckBadge, PhaseBadge, SIDE_LABELS } from "@/components/placements/placement-parts";

export const metadata: Metadata = { title: "Plaatsingen" };

export default async function ProfessionalPlacementsPage() {
  const actor = await requirePortalActor("/professional");
  const now = await currentTime();
  const placements = actor.role === "JOB_MEDIATOR" || actor.role === "ACCOUNT_MANAGER" ? await findPlacements(actor, now) : [];
  const aftercare = placements
    .flatMap((placement) => placement.checks.filter((check) => check.state !== "DONE" && check.state !== "LAPSED").map((check) => ({ check, placement })))
    .sort((a, b) => a.check.dueDate.getTime() - b.check.dueDate.getTime());

  return (
    <>
      <PageHeader
        title="Plaatsingen"
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Plaatsingen" }]}
        lead={actor.role === "ACCOUNT_MANAGER" ? "Plaatsingen bij uw werkgevers. U ziet de kandidaat zonder persoonsgegevens." : "Plaatsingen van kandidaten uit uw caseload."}
      />
      {placements.length === 0 ? (
        <p className="mb-8">Er zijn nog geen plaatsingen.</p>
      ) : (
        <DataTable
          caption="Plaatsingen, de nieuwste eerst"
          rows={placements}
          rowKey={(row) => row.id}
          columns={[
            { header: "Kandidaat", rowHeader: true, cell: (row) => <Link href={`/professional/plaatsingen/${row.id}`}>{row.candidateLabel}</Link> },
            { header: "Werkgever", cell: (row) => row.employerName },
            { header: "Vacature", cell: (row) => row.vacancy?.title ?? "–" },
            { header: "Start", cell: (row) => formatShortDate(row.startDate) },
            { header: "Contract", cell: (row) => PLACEMENT_CONTRACT_LABELS[row.contractType] },
            { header: "Status", cell: (row) => <PhaseBadge placement={row} /> },
          ]}
        />
      )}
      <section aria-labelledby="nazorg" className="mt-10">
        <h2 id="nazorg" className="mb-3 text-2xl">
          Nazorg: gepland, nu te doen, te laat
        </h2>
        {aftercare.length === 0 ? (
          <p>Er staat geen nazorg open.</p>
        ) : (
          <DataTable
            caption="Open nazorgmomenten, de vroegste eerst"
            rows={aftercare}
            rowKey={(row) => row.check.id}
            columns={[
              { header: "Kandidaat", rowHeader: true, cell: (row) => <Link href={`/professional/plaatsingen/${row.placement.id}`}>{row.placement.candidateLabel}</Link> },
              { header: "Nazorg", cell: (row) => `${SIDE_LABELS[row.check.side]}, na ${row.check.monthsAfterStart} mnd` },
              { header: "Datum", cell: (row) => formatShortDate(row.check.dueDate) },
              { header: "Status", cell: (row) => <CheckBadge check={row.check} /> },
            ]}
          />
        )}
      </section>
    </>
  );
}
