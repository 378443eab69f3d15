import "server-only";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { SUSTAINABLE_FACT } from "./facts/sustainable-fact";
import { readFact } from "./rollups/read-fact";
import { bothPeriods, countSheet, sumInBothPeriods } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

/**
 * Duurzame plaatsingen (B6): a placement whose 6-month mark (start + 6 months) fell in the period
 * and has passed. It is duurzaam when it was marked so or still ran after the mark; it ended early
 * when it stopped on or before the mark (lib/kpi/facts/sustainable-fact.ts).
 */
export async function sustainablePlacementsTable(ctx: KpiContext): Promise<DashboardTable> {
  const { filtered: totals, reference } = await readWithReference(ctx, (c) => readFact(SUSTAINABLE_FACT, c));
  const row = (bucket: "cur" | "prev", from = totals) => ({
    reached: from[bucket].reached ?? 0,
    sustainable: from[bucket].sustainable ?? 0,
    endedEarly: from[bucket].endedEarly ?? 0,
  });
  const data = { cur: row("cur"), prev: row("prev") };
  // Every placement that reached its 6-month mark either lasted or ended early.
  const region = reference && bothPeriods(row("cur", reference), row("prev", reference));
  const sheet = countSheet(bothPeriods(data.cur, data.prev), sumInBothPeriods("reached", ["sustainable", "endedEarly"]), { reference: region });
  const early = (bucket: "cur" | "prev") =>
    sheet.derived([`${bucket}:endedEarly`, `${bucket}:reached`], percentOfPeople(data[bucket].endedEarly, data[bucket].reached));
  return {
    id: "duurzame-plaatsingen",
    title: "Duurzame plaatsingen",
    description:
      "Plaatsingen die in de periode 6 maanden liepen (of hadden kunnen lopen): hoeveel zijn duurzaam (langer dan 6 maanden aan het werk) en hoeveel stopten eerder.",
    columns: periodColumns(ctx),
    rows: [
      [text("Plaatsingen met 6 maanden in de periode"), sheet.people("cur:reached"), sheet.people("prev:reached")],
      [text("Duurzaam (langer dan 6 maanden)"), sheet.people("cur:sustainable"), sheet.people("prev:sustainable")],
      [text("Eerder gestopt"), sheet.people("cur:endedEarly"), sheet.people("prev:endedEarly")],
      [text("Aandeel eerder gestopt"), early("cur"), early("prev")],
    ],
  };
}
