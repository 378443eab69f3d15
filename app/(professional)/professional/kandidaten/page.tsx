import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert, DataTable, PageHeader, StatusBadge, Pagination } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { HELP_QUESTION_LABELS, HELP_REQUEST_STATUS_LABELS } from "@/lib/help-requests/labels";
import { countTeamQueue } from "@/lib/caseload/count-team-queue";
import { findCaseloadFilterOptions } from "@/lib/caseload/find-caseload-filter-options";
import { findMyCaseload, type CaseloadRow } from "@/lib/caseload/find-my-caseload";
import { CASELOAD_SORT_LABELS, caseloadSearchHref, hasCaseloadFilters, parseCaseloadSearch } from "@/lib/caseload/schemas";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { CaseloadSearchForm } from "./_components/caseload-search-form";
import { hoursText } from "./_components/format";
import { WorkReadyBadge } from "./_components/work-ready-badge";

export const metadata: Metadata = { title: "Mijn kandidaten" };

function wishes(row: CaseloadRow) {
  const parts = [row.occupationWishes.join(", "), row.workAreaWishes.join(", "), hoursText(row.hoursPerWeekMin, row.hoursPerWeekMax)].filter(Boolean);
  if (parts.length === 0) return <span className="text-muted">Nog niet ingevuld</span>;
  return (
    <ul>
      {parts.map((part) => <li key={part}>{part}</li>)}
    </ul>
  );
}

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("/professional");
  if (!can(actor, "caseload.read")) redirect("/geen-toegang");
  const params = await searchParams;
  const search = parseCaseloadSearch(params);
  const [result, options, queue] = await Promise.all([findMyCaseload({ actor, search }), findCaseloadFilterOptions({ actor }), countTeamQueue(actor)]);
  const noun = result.total === 1 ? "kandidaat" : "kandidaten";

  return (
    <div>
      <PageHeader
        title="Mijn kandidaten"
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Kandidaten" }]}
        lead="De kandidaten van wie u de vaste bemiddelaar bent. Zoek op naam en filter op werkfit, beschikbaarheid en wensen."
      />
      {params.overgedragen === "1" ? <Alert tone="success" role="status" title="De kandidaat is overgedragen. De nieuwe bemiddelaar heeft een melding gekregen." /> : null}
      <Alert tone={queue > 0 ? "warning" : "info"} title={queue === 1 ? "1 nieuwe aanmelding voor uw team" : `${formatNumber(queue)} nieuwe aanmeldingen voor uw team`}>
        <Link href="/professional/kandidaten/aanmeldingen">Bekijk de nieuwe aanmeldingen van uw team</Link>
      </Alert>
      <CaseloadSearchForm search={search} options={options} />

      <section aria-labelledby="resultaten" className="mt-8">
        <h2 id="resultaten" className="text-2xl">Resultaten</h2>
        <p role="status" aria-live="polite" className="mt-1 mb-4 font-semibold">
          {hasCaseloadFilters(search) ? `${formatNumber(result.total)} ${noun} gevonden` : `${formatNumber(result.total)} ${noun} in uw caseload`}
        </p>
        {result.rows.length === 0 ? (
          <p>{hasCaseloadFilters(search) ? "Er is geen kandidaat die past bij uw zoekopdracht. Probeer een ander woord of wis de filters." : "U heeft nog geen kandidaten."}</p>
        ) : (
          <DataTable
            caption={`Mijn kandidaten, gesorteerd op ${CASELOAD_SORT_LABELS[search.sort].toLowerCase()} (pagina ${result.page} van ${result.pageCount})`}
            rows={result.rows}
            rowKey={(row) => row.id}
            columns={[
              { header: "Naam", rowHeader: true, cell: (row) => <Link href={`/professional/kandidaten/${row.id}`} className="font-semibold">{row.name}</Link> },
              { header: "Werkfit", cell: (row) => <WorkReadyBadge isWorkReady={row.isWorkReady} since={row.workReadySince} stacked /> },
              { header: "Beschikbaar vanaf", cell: (row) => (row.availableFrom ? formatDutchDate(row.availableFrom) : <span className="text-muted">Niet bekend</span>) },
              { header: "Wensen", cell: wishes },
              { header: "Laatste beoordeling", cell: (row) => (row.lastAssessedOn ? formatDutchDate(row.lastAssessedOn) : <span className="text-muted">Nog geen</span>) },
              {
                header: "Open hulpvraag",
                cell: (row) =>
                  row.openHelpRequest ? (
                    <>
                      {HELP_QUESTION_LABELS[row.openHelpRequest.question]}
                      <span className="block">
                        <StatusBadge tone={row.openHelpRequest.status === "ESCALATED" ? "warning" : "info"}>{HELP_REQUEST_STATUS_LABELS[row.openHelpRequest.status]}</StatusBadge>
                      </span>
                    </>
                  ) : (
                    <span className="text-muted">Geen</span>
                  ),
              },
            ]}
          />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => caseloadSearchHref(search, { page })} />
      </section>
    </div>
  );
}
