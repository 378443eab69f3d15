import { getActor } from "@/lib/auth/session";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { tableToCsv } from "@/lib/dashboard/table";
import { isAppError } from "@/lib/errors";
import { csvResponse } from "@/lib/exports/csv";
import { getSuwiExportTable, isSuwiTableId } from "@/lib/suwi/get-suwi-export-table";
import { parseSuwiSearch } from "@/lib/suwi/schemas";
import { currentTime } from "@/lib/time/current-time";

export const dynamic = "force-dynamic";

/** CSV of one SUWI-monitor table with the filters of the page (`?periode=…&gemeente=…&zoek=…`). */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table } = await params;
  const actor = await getActor();
  if (!actor) return new Response("Log in om deze gegevens te downloaden.", { status: 401 });
  if (!isSuwiTableId(table)) return new Response("Deze tabel bestaat niet.", { status: 404 });
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseDashboardFilters(searchParams, await currentTime());
  try {
    const result = await getSuwiExportTable(actor, filters, table, parseSuwiSearch(searchParams).search);
    return csvResponse(`${table}-${filters.period.key}`, tableToCsv(result));
  } catch (error) {
    if (isAppError(error)) return new Response(error.userMessage, { status: error.code === "NOT_FOUND" ? 404 : 403 });
    throw error;
  }
}
