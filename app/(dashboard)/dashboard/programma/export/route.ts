import { assertCan } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { tableToCsv } from "@/lib/dashboard/table";
import { isAppError } from "@/lib/errors";
import { csvResponse } from "@/lib/exports/csv";
import { findProgrammes } from "@/lib/programme-monitor/find-programmes";
import { programmeMonitorTable } from "@/lib/programme-monitor/programme-tables";

export const dynamic = "force-dynamic";

/** CSV of the programme monitor (D3/D4): every project with its traffic light in words. */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response("Log in om deze gegevens te downloaden.", { status: 401 });
  try {
    assertCan(actor, "export.read");
    return csvResponse("programmamonitor", tableToCsv(programmeMonitorTable(await findProgrammes(actor))));
  } catch (error) {
    if (isAppError(error)) return new Response(error.userMessage, { status: 403 });
    throw error;
  }
}
