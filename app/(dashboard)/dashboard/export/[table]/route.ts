import { getActor } from "@/lib/auth/session";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { tableToCsv } from "@/lib/dashboard/table";
import { isAppError } from "@/lib/errors";
import { csvResponse } from "@/lib/exports/csv";
import { getKpiTable } from "@/lib/kpi/get-kpi-table";
import { currentTime } from "@/lib/time/current-time";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ table: string }> };

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

/**
 * CSV of one D1 table with the filters of the URL (`?periode=…&gemeente=…`), for Dutch Excel.
 * The permission (export.read) is checked in getKpiTable; a refusal returns no data.
 */
export async function GET(request: Request, { params }: Context) {
  const { table: tableId } = await params;
  const now = await currentTime();
  const filters = parseDashboardFilters(Object.fromEntries(new URL(request.url).searchParams), now);
  try {
    const table = await getKpiTable(await getActor(), filters, tableId, { now });
    return csvResponse(`${table.id}-${filters.period.key}`, tableToCsv(table));
  } catch (error) {
    if (isAppError(error) && error.code in STATUS) {
      return new Response(error.userMessage, {
        status: STATUS[error.code as keyof typeof STATUS],
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    throw error;
  }
}
