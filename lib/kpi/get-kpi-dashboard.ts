import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardTable } from "@/lib/dashboard/table";
import { currentTime } from "@/lib/time/current-time";
import { headlinesFrom, type KpiHeadline } from "./headline";
import { runAllKpiQueries } from "./tables";

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
