import "server-only";
import { OVERDUE_AFTER_DAYS } from "@/lib/aftercare/check-state";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { AFTERCARE_FACT } from "./facts/aftercare-fact";
import { readFact } from "./rollups/read-fact";
import { bothPeriods, countSheet, sumInBothPeriods } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

type Row = { due: number; onTime: number; late: number; open: number };

/** Aftercare check-ins planned in the period (due date reached) and whether they were done on time (lib/kpi/facts/aftercare-fact.ts). */
export async function aftercareOnTimeTable(ctx: KpiContext): Promise<DashboardTable> {
  const { filtered: totals, reference } = await readWithReference(ctx, (c) => readFact(AFTERCARE_FACT, c));
  const row = (bucket: "cur" | "prev", from = totals): Row => {
    const t = from[bucket];
    return { due: t.due ?? 0, onTime: t.onTime ?? 0, late: t.late ?? 0, open: t.open ?? 0 };
  };
  const data = { cur: row("cur"), prev: row("prev") };
  const region = reference && bothPeriods(row("cur", reference), row("prev", reference));
  const sheet = countSheet(bothPeriods(data.cur, data.prev), sumInBothPeriods("due", ["onTime", "late", "open"]), { reference: region });
  const onTime = (bucket: "cur" | "prev") => sheet.derived([`${bucket}:onTime`, `${bucket}:due`], percentOfPeople(data[bucket].onTime, data[bucket].due));
  return {
    id: "nazorg-op-tijd",
    title: "Nazorggesprekken op tijd",
    description: `Nazorggesprekken met werknemers en werkgevers die in de periode gepland stonden. Op tijd: gedaan binnen ${OVERDUE_AFTER_DAYS} dagen na de geplande datum.`,
    columns: periodColumns(ctx),
    rows: [
      [text("Gepland in de periode"), sheet.people("cur:due"), sheet.people("prev:due")],
      [text("Op tijd gedaan"), sheet.people("cur:onTime"), sheet.people("prev:onTime")],
      [text("Te laat gedaan"), sheet.people("cur:late"), sheet.people("prev:late")],
      [text("Nog niet gedaan"), sheet.people("cur:open"), sheet.people("prev:open")],
      [text("Aandeel op tijd"), onTime("cur"), onTime("prev")],
    ],
  };
}
