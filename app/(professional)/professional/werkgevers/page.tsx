import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader, StatusBadge, Pagination } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { findEmployerRegister, findEmployerRegisterOptions, type EmployerRegisterRow } from "@/lib/organisations/find-employer-register";
import {
  hasRegisterFilters,
  parseEmployerRegisterSearch,
  registerSearchHref,
  REGISTER_SORT_LABELS,
  SEGMENT_LABELS,
} from "@/lib/organisations/master-data-schemas";
import { RegisterSearchForm } from "./_components/register-search-form";

export const metadata: Metadata = { title: "Werkgeversregister" };

function flags(row: EmployerRegisterRow): string[] {
  return [
    row.inclusiveEmployer ? "Inclusief" : null,
    row.preferredSupplier ? "Voorkeursleverancier" : null,
    row.sbbRecognised ? "Leerbedrijf (SBB)" : null,
  ].filter((flag): flag is string => flag !== null);
}

export default async function EmployerRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("/professional");
  const search = parseEmployerRegisterSearch(await searchParams);
  const [result, options] = await Promise.all([findEmployerRegister({ actor, search }), findEmployerRegisterOptions({ actor })]);
  const noun = result.total === 1 ? "werkgever" : "werkgevers";

  return (
    <div>
      <PageHeader
        title="Werkgeversregister"
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Werkgeversregister" }]}
        lead="Alle werkgevers in de regio, met hun vaste accountmanager. Zoek op naam of KvK-nummer en filter op gebied, segment en kenmerken."
      />
      <RegisterSearchForm search={search} options={options} />

      <section aria-labelledby="resultaten" className="mt-8">
        <h2 id="resultaten" className="text-2xl">Resultaten</h2>
        <p role="status" aria-live="polite" className="mt-1 mb-4 font-semibold">
          {hasRegisterFilters(search) ? `${formatNumber(result.total)} ${noun} gevonden` : `${formatNumber(result.total)} ${noun} in het register`}
        </p>
        {result.rows.length === 0 ? (
          <p>Er is geen werkgever die past bij uw zoekopdracht. Probeer een ander woord of wis de filters.</p>
        ) : (
          <DataTable
            caption={`Werkgevers, gesorteerd op ${REGISTER_SORT_LABELS[search.sort].toLowerCase()} (pagina ${result.page} van ${result.pageCount})`}
            rows={result.rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: "Werkgever",
                rowHeader: true,
                cell: (row) => (
                  <>
                    <Link href={`/professional/werkgevers/${row.id}`} className="font-semibold">{row.name}</Link>
                    {row.tradeName ? <span className="block text-muted">{row.tradeName}</span> : null}
                  </>
                ),
              },
              { header: "KvK-nummer", cell: (row) => <span className="tabular-nums">{row.kvkNumber}</span> },
              {
                header: "Plaats en gebied",
                cell: (row) => (
                  <>
                    {row.city}
                    <span className="block text-muted">{row.outsideRegion ? "Buiten de regio" : (row.workArea ?? row.municipality ?? "Onbekend")}</span>
                  </>
                ),
              },
              { header: "Segment en sector", cell: (row) => <>{SEGMENT_LABELS[row.segment]}{row.sector ? <span className="block text-muted">{row.sector}</span> : null}</> },
              { header: "Accountmanager", cell: (row) => (row.ownerId === actor.userId ? <strong>{row.ownerName} (u)</strong> : row.ownerName) },
              {
                header: "Kenmerken",
                cell: (row) =>
                  flags(row).length === 0 ? (
                    "–"
                  ) : (
                    <ul className="flex flex-wrap gap-1">
                      {flags(row).map((flag) => <li key={flag}><StatusBadge tone="info">{flag}</StatusBadge></li>)}
                    </ul>
                  ),
              },
            ]}
          />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => registerSearchHref(search, { page })} />
      </section>
    </div>
  );
}
