import "server-only";
import { count, text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { PLACEMENTS_FACT } from "./facts/placements-fact";
import { BANENAFSPRAAK_REGIONAL_TARGET } from "./labour-market-target";
import { readFact } from "./rollups/read-fact";
import { countSheet } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

/**
 * The banenafspraak counts with their suppression: the running total at the end of the period is
 * the total at the end of the previous period plus the period, so those three are suppressed
 * together. The target-group table hides its "Doelgroepregister" row when this one hides the period.
 */
export async function banenafspraakCounts(ctx: KpiContext) {
  const { filtered, reference } = await readWithReference(ctx, (c) => readFact(PLACEMENTS_FACT, c, { sinceFirst: true }));
  const countsOf = (totals: typeof filtered) => {
    const before = totals.before.banenafspraak ?? 0;
    const prev = totals.prev.banenafspraak ?? 0;
    const cur = totals.cur.banenafspraak ?? 0;
    return { cur, prev, totalCur: before + prev + cur, totalPrev: before + prev };
  };
  const data = countsOf(filtered);
  return { data, sheet: countSheet(data, [{ total: "totalCur", parts: ["totalPrev", "cur"] }], { reference: reference && countsOf(reference) }) };
}

/** Banenafspraak: placements of candidates in the doelgroepregister, in the period and in total, against the regional target. */
export async function banenafspraakTable(ctx: KpiContext): Promise<DashboardTable> {
  const { data, sheet } = await banenafspraakCounts(ctx);
  const target = BANENAFSPRAAK_REGIONAL_TARGET;
  const shareOf = (key: "totalCur" | "totalPrev") => sheet.derived([key], percentOfPeople(data[key], target));
  return {
    id: "banenafspraak",
    title: "Banenafspraak",
    description: `Plaatsingen van kandidaten uit het doelgroepregister banenafspraak. De regionale doelstelling tot en met 2025 is ${target.toLocaleString("nl-NL")} banen; het totaal telt alle geregistreerde plaatsingen tot het einde van de periode.`,
    columns: periodColumns(ctx),
    rows: [
      [text("Plaatsingen banenafspraak in de periode"), sheet.people("cur"), sheet.people("prev")],
      [text("Plaatsingen banenafspraak in totaal (tot het einde van de periode)"), sheet.people("totalCur"), sheet.people("totalPrev")],
      [text("Regionale doelstelling tot en met 2025"), count(target), count(target)],
      [text("Deel van de doelstelling gehaald"), shareOf("totalCur"), shareOf("totalPrev")],
    ],
  };
}
