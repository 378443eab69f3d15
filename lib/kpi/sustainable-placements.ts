import "server-only";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { SUSTAINABLE_FACT } from "./facts/sustainable-fact";
import { readFact } from "./rollups/read-fact";

/**
 * Duurzame plaatsingen (B6): a placement whose 6-month mark (start + 6 months) fell in the period
 * and has passed. It is duurzaam when it was marked so or still ran after the mark; it ended early
 * when it stopped on or before the mark (lib/kpi/facts/sustainable-fact.ts).
 */
export async function sustainablePlacementsTable(ctx: KpiContext): Promise<DashboardTable> {
  const totals = await readFact(SUSTAINABLE_FACT, ctx);
  const row = (bucket: "cur" | "prev") => ({
    reached: totals[bucket].reached ?? 0,
    sustainable: totals[bucket].sustainable ?? 0,
    endedEarly: totals[bucket].endedEarly ?? 0,
  });
  const data = { cur: row("cur"), prev: row("prev") };
  return {
    id: "duurzame-plaatsingen",
    title: "Duurzame plaatsingen",
    description:
      "Plaatsingen die in de periode 6 maanden liepen (of hadden kunnen lopen): hoeveel zijn duurzaam (langer dan 6 maanden aan het werk) en hoeveel stopten eerder.",
    columns: periodColumns(ctx),
    rows: [
      [text("Plaatsingen met 6 maanden in de periode"), people(data.cur.reached), people(data.prev.reached)],
      [text("Duurzaam (langer dan 6 maanden)"), people(data.cur.sustainable), people(data.prev.sustainable)],
      [text("Eerder gestopt"), people(data.cur.endedEarly), people(data.prev.endedEarly)],
      [text("Aandeel eerder gestopt"), percentOfPeople(data.cur.endedEarly, data.cur.reached), percentOfPeople(data.prev.endedEarly, data.prev.reached)],
    ],
  };
}
