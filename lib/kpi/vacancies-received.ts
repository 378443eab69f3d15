import "server-only";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { count, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { VACANCIES_FACT } from "./facts/vacancies-fact";
import { readFact } from "./rollups/read-fact";

/**
 * Vacancies received in the period (by creation date; lib/kpi/facts/vacancies-fact.ts). The first
 * proposal and the days to it are a separate, heavier table (first-proposals.ts) over the same vacancies.
 */
export async function vacanciesReceivedTable(ctx: KpiContext): Promise<DashboardTable> {
  const totals = await readFact(VACANCIES_FACT, ctx);
  const data = { cur: { received: totals.cur.received ?? 0 }, prev: { received: totals.prev.received ?? 0 } };
  return {
    id: "vacatures",
    title: "Vacatures ontvangen",
    description: "Vacatures die werkgevers in de periode doorgaven, via het portaal of via hun accountmanager.",
    columns: periodColumns(ctx),
    rows: [[text("Vacatures ontvangen"), count(data.cur.received), count(data.prev.received)]],
  };
}
