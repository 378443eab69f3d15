import "server-only";
import { OVERDUE_AFTER_DAYS } from "@/lib/aftercare/check-state";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { AFTERCARE_FACT } from "./facts/aftercare-fact";
import { readFact } from "./rollups/read-fact";

type Row = { due: number; onTime: number; late: number; open: number };

/** Aftercare check-ins planned in the period (due date reached) and whether they were done on time (lib/kpi/facts/aftercare-fact.ts). */
export async function aftercareOnTimeTable(ctx: KpiContext): Promise<DashboardTable> {
  const totals = await readFact(AFTERCARE_FACT, ctx);
  const row = (bucket: "cur" | "prev"): Row => {
    const t = totals[bucket];
    return { due: t.due ?? 0, onTime: t.onTime ?? 0, late: t.late ?? 0, open: t.open ?? 0 };
  };
  const data = { cur: row("cur"), prev: row("prev") };
  return {
    id: "nazorg-op-tijd",
    title: "Nazorggesprekken op tijd",
    description: `Nazorggesprekken met werknemers en werkgevers die in de periode gepland stonden. Op tijd: gedaan binnen ${OVERDUE_AFTER_DAYS} dagen na de geplande datum.`,
    columns: periodColumns(ctx),
    rows: [
      [text("Gepland in de periode"), people(data.cur.due), people(data.prev.due)],
      [text("Op tijd gedaan"), people(data.cur.onTime), people(data.prev.onTime)],
      [text("Te laat gedaan"), people(data.cur.late), people(data.prev.late)],
      [text("Nog niet gedaan"), people(data.cur.open), people(data.prev.open)],
      [text("Aandeel op tijd"), percentOfPeople(data.cur.onTime, data.cur.due), percentOfPeople(data.prev.onTime, data.prev.due)],
    ],
  };
}
