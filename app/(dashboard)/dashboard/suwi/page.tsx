import type { Metadata } from "next";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { DashboardTableView } from "@/components/dashboard/dashboard-table-view";
import { Pagination } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { filtersToQuery, parseDashboardFilters } from "@/lib/dashboard/filters";
import { periodChoices } from "@/lib/dashboard/period";
import { findSuwiEmployers } from "@/lib/suwi/find-suwi-employers";
import { findSuwiFilterOptions } from "@/lib/suwi/find-suwi-filter-options";
import { getSuwiTotals } from "@/lib/suwi/get-suwi-totals";
import { parseSuwiSearch } from "@/lib/suwi/schemas";
import { suwiEmployersTable, suwiEvidenceTable, suwiFollowUpTable, suwiServicesTable } from "@/lib/suwi/suwi-tables";
import { currentTime } from "@/lib/time/current-time";
import { SuwiFilterForm } from "./_components/suwi-filter-form";
import { SuwiLegend } from "./_components/suwi-legend";

export const metadata: Metadata = { title: "SUWI-monitor" };

type SearchParams = Record<string, string | string[] | undefined>;


/** D2: the SUWI basic package for employers — which of the five services each employer received in the period. */
export default async function SuwiMonitorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePortalActor("/dashboard");
  const params = await searchParams;
  const now = await currentTime();
  const filters = parseDashboardFilters(params, now);
  const { search, page, followUpPage } = parseSuwiSearch(params);

  const [options, totals, employers, followUp] = await Promise.all([
    findSuwiFilterOptions(actor),
    getSuwiTotals(actor, filters),
    findSuwiEmployers(actor, filters, { search, page }),
    findSuwiEmployers(actor, filters, { withoutServiceOnly: true, page: followUpPage }),
  ]);

  const query = filtersToQuery(filters);
  const withSearch = search ? `${query}&zoek=${encodeURIComponent(search)}` : query;
  const csv = (id: string, extra = query) => `/dashboard/suwi/export/${id}?${extra}`;
  const pageHref = (key: "pagina" | "opvolgpagina", other: number) => (n: number) =>
    `/dashboard/suwi?${withSearch}&${key}=${n}&${key === "pagina" ? "opvolgpagina" : "pagina"}=${other}`;
  const label = filters.period.label;

  return (
    <div className="mx-auto max-w-6xl">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Dashboard", href: "/dashboard" }, { label: "SUWI-monitor" }]} />
      <h1 className="mb-2 text-3xl font-bold">SUWI-monitor werkgeversdienstverlening</h1>
      <p className="mb-6 max-w-3xl">
        Het basispakket voor werkgevers bestaat uit vijf diensten. Deze monitor laat per werkgever en in totaal zien welke diensten in{" "}
        {label} zijn geleverd, en welke werkgevers geen enkele dienst kregen. Alle cijfers worden berekend uit de vastgelegde
        voordrachten, nazorg, adviezen en contactmomenten.
      </p>
      <SuwiFilterForm filters={filters} choices={periodChoices(now)} options={options} search={search} />

      <DashboardTableView table={suwiServicesTable(totals, label)} csvHref={csv("suwi-diensten")} />
      <DashboardTableView table={suwiEvidenceTable(totals, label)} csvHref={csv("suwi-bewijs")} />

      <DashboardTableView
        table={suwiFollowUpTable(followUp.rows, label)}
        csvHref={csv("suwi-opvolging")}
        note={`${followUp.total.toLocaleString("nl-NL")} werkgevers, gesorteerd op accountmanager.`}
      />
      <Pagination page={followUp.page} pageCount={followUp.pageCount} hrefFor={pageHref("opvolgpagina", employers.page)} label="Paginering werkgevers zonder dienstverlening" />

      <DashboardTableView
        table={suwiEmployersTable(employers.rows, label)}
        csvHref={csv("suwi-werkgevers", withSearch)}
        note={
          search
            ? `${employers.total.toLocaleString("nl-NL")} werkgevers met “${search}” in de naam.`
            : `${employers.total.toLocaleString("nl-NL")} werkgevers, 50 per pagina.`
        }
      />
      <Pagination page={employers.page} pageCount={employers.pageCount} hrefFor={pageHref("pagina", followUp.page)} label="Paginering dienstverlening per werkgever" />

      <SuwiLegend />
    </div>
  );
}
