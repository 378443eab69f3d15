import type { DashboardFilters } from "@/lib/dashboard/filters";

/** What every KPI query needs: the filters (period + previous period) and "now" for due rules. */
export type KpiContext = { filters: DashboardFilters; now: Date };

/** One row per period bucket as returned by the aggregates ("cur" = chosen period, "prev" = the one before). */
export type Bucket = "cur" | "prev";
