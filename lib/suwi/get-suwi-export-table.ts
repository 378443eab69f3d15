import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardTable } from "@/lib/dashboard/table";
import { findSuwiEmployers } from "./find-suwi-employers";
import { getSuwiTotals } from "./get-suwi-totals";
import { SUWI_TABLE_IDS, suwiEmployersTable, suwiEvidenceTable, suwiFollowUpTable, suwiServicesTable, type SuwiTableId } from "./suwi-tables";

export function isSuwiTableId(id: string): id is SuwiTableId {
  return (SUWI_TABLE_IDS as readonly string[]).includes(id);
}

/** One D2 table in full (every employer, no paging) for the CSV export; the same cells as on the page. */
export async function getSuwiExportTable(actor: Actor, filters: DashboardFilters, id: SuwiTableId, search?: string): Promise<DashboardTable> {
  assertCan(actor, "export.read");
  const label = filters.period.label;
  switch (id) {
    case "suwi-diensten":
      return suwiServicesTable(await getSuwiTotals(actor, filters), label);
    case "suwi-bewijs":
      return suwiEvidenceTable(await getSuwiTotals(actor, filters), label);
    case "suwi-werkgevers":
      return suwiEmployersTable((await findSuwiEmployers(actor, filters, { search, all: true })).rows, label);
    case "suwi-opvolging":
      return suwiFollowUpTable((await findSuwiEmployers(actor, filters, { withoutServiceOnly: true, all: true })).rows, label);
  }
}
