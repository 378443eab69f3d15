import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardTable } from "@/lib/dashboard/table";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { isKpiTableId } from "./table-ids";
import { runKpiQueryFor } from "./tables";

/** One D1 table (for the CSV export): `export.read`; an unknown id is NOT_FOUND. */
export async function getKpiTable(actor: Actor | null, filters: DashboardFilters, tableId: string, options: { now?: Date } = {}): Promise<DashboardTable> {
  assertCan(actor, "export.read");
  if (!isKpiTableId(tableId)) throw new AppError("NOT_FOUND");
  const now = options.now ?? (await currentTime());
  const table = await runKpiQueryFor(tableId, { filters, now });
  if (!table) throw new AppError("NOT_FOUND");
  return table;
}
