import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardTable } from "@/lib/dashboard/table";
import { currentTime } from "@/lib/time/current-time";
import { HEADLINE_TABLE_IDS, headlinesFrom, type KpiHeadline } from "./headline";
import type { KpiTableId } from "./table-ids";
import { runAllKpiQueries, runKpiQueries } from "./tables";

export type { KpiHeadline } from "./headline";
export { KPI_TABLE_IDS, KPI_FILTER_NOTES, type KpiTableId } from "./table-ids";
export { getKpiTable } from "./get-kpi-table";

export type KpiDashboard = { headline: KpiHeadline[]; tables: DashboardTable[] };

/**
 * D1: every KPI for the period and the previous period, computed from the data now (no stored
 * counters). Aggregates only — no individual record leaves this function, and every count of
 * people passes the "< 5" rule. `now` (for due rules) defaults to the portal clock.
 */
export async function getKpiDashboard(actor: Actor, filters: DashboardFilters, options: { now?: Date } = {}): Promise<KpiDashboard> {
  assertCan(actor, "dashboard.read");
  const now = options.now ?? (await currentTime());
  const tables = await runAllKpiQueries({ filters, now });
  return { headline: headlinesFrom(tables), tables };
}

/**
 * The first screen of /dashboard: the headline figures, from only the aggregates they read (the
 * page streams the other tables in after it). Returns those tables too, so they are not computed twice.
 */
export async function getKpiHeadline(actor: Actor, filters: DashboardFilters, options: { now?: Date } = {}): Promise<KpiDashboard> {
  assertCan(actor, "dashboard.read");
  const now = options.now ?? (await currentTime());
  const tables = await runKpiQueries({ filters, now }, (id) => HEADLINE_TABLE_IDS.includes(id));
  return { headline: headlinesFrom(tables), tables };
}

/** The KPI tables except `known` (already computed for the first screen), in page order. */
export async function getKpiTablesExcept(
  actor: Actor,
  filters: DashboardFilters,
  known: readonly KpiTableId[],
  options: { now?: Date } = {},
): Promise<DashboardTable[]> {
  assertCan(actor, "dashboard.read");
  const now = options.now ?? (await currentTime());
  return runKpiQueries({ filters, now }, (id) => !known.includes(id));
}
