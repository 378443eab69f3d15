import { DashboardTableView } from "@/components/dashboard/dashboard-table-view";
import type { Actor } from "@/lib/auth/actor";
import { filtersToQuery, type DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardTable } from "@/lib/dashboard/table";
import { getKpiTablesExcept, KPI_FILTER_NOTES, type KpiTableId } from "@/lib/kpi/get-kpi-dashboard";

export type KpiSection = { id: string; title: string; tables: KpiTableId[] };

type Props = { actor: Actor; filters: DashboardFilters; now: Date; known: DashboardTable[]; sections: KpiSection[] };

/** The KPI tables by subject; streamed after the first screen, reusing the tables the headline already computed. */
export async function KpiSections({ actor, filters, now, known, sections }: Props) {
  const rest = await getKpiTablesExcept(actor, filters, known.map((table) => table.id as KpiTableId), { now });
  const tables = [...known, ...rest];
  const query = filtersToQuery(filters);
  return sections.map((section) => (
    <section key={section.id} aria-labelledby={section.id} className="mb-6">
      <h2 id={section.id} className="mb-6 border-b-2 border-ink pb-2 text-2xl font-bold">
        {section.title}
      </h2>
      {section.tables.map((id) => {
        const table = tables.find((t) => t.id === id);
        return table ? (
          <DashboardTableView key={id} table={table} headingLevel={3} note={KPI_FILTER_NOTES[id]} csvHref={`/dashboard/export/${id}?${query}`} />
        ) : null;
      })}
    </section>
  ));
}
