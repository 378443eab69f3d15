import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { previousPeriod, type Period } from "@/lib/dashboard/period";
import type { DashboardTable } from "@/lib/dashboard/table";
import { getKpiDashboard, type KpiDashboard } from "@/lib/kpi/get-kpi-dashboard";
import { findProgrammes } from "@/lib/programme-monitor/find-programmes";
import { programmeTables } from "@/lib/programme-monitor/programme-tables";
import { getSuwiTotals } from "@/lib/suwi/get-suwi-totals";
import { suwiEvidenceTable, suwiServicesTable } from "@/lib/suwi/suwi-tables";
import { findReportCommentaries, type ReportCommentaryView } from "./find-report-commentaries";
import type { ReportSection } from "./schemas";

export type Report = {
  filters: DashboardFilters;
  kpi: KpiDashboard;
  suwi: DashboardTable[];
  programme: DashboardTable[];
  commentaries: Partial<Record<ReportSection, ReportCommentaryView>>;
};

/** The D1, D2 and D3 figures and the commentaries of one month or quarter, for the whole region (no filters). */
export async function getReport(actor: Actor, period: Period): Promise<Report> {
  assertCan(actor, "dashboard.read");
  const filters: DashboardFilters = { period, previous: previousPeriod(period) };
  const [kpi, totals, programmes, commentaries] = await Promise.all([
    getKpiDashboard(actor, filters),
    getSuwiTotals(actor, filters),
    findProgrammes(actor),
    findReportCommentaries(actor, period.key),
  ]);
  return {
    filters,
    kpi,
    suwi: [suwiServicesTable(totals, period.label), suwiEvidenceTable(totals, period.label)],
    programme: programmeTables(programmes),
    commentaries,
  };
}
