import "server-only";
import { count, people, text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { PLACEMENTS_FACT } from "./facts/placements-fact";
import { BANENAFSPRAAK_REGIONAL_TARGET } from "./labour-market-target";
import { readFact } from "./rollups/read-fact";

/** Banenafspraak: placements of candidates in the doelgroepregister, in the period and in total, against the regional target. */
export async function banenafspraakTable(ctx: KpiContext): Promise<DashboardTable> {
  const totals = await readFact(PLACEMENTS_FACT, ctx, { sinceFirst: true });
  const before = totals.before.banenafspraak ?? 0;
  const prev = totals.prev.banenafspraak ?? 0;
  const cur = totals.cur.banenafspraak ?? 0;
  const data = { cur, prev, totalCur: before + prev + cur, totalPrev: before + prev };
  const target = BANENAFSPRAAK_REGIONAL_TARGET;
  return {
    id: "banenafspraak",
    title: "Banenafspraak",
    description: `Plaatsingen van kandidaten uit het doelgroepregister banenafspraak. De regionale doelstelling tot en met 2025 is ${target.toLocaleString("nl-NL")} banen; het totaal telt alle geregistreerde plaatsingen tot het einde van de periode.`,
    columns: periodColumns(ctx),
    rows: [
      [text("Plaatsingen banenafspraak in de periode"), people(data.cur), people(data.prev)],
      [text("Plaatsingen banenafspraak in totaal (tot het einde van de periode)"), people(data.totalCur), people(data.totalPrev)],
      [text("Regionale doelstelling tot en met 2025"), count(target), count(target)],
      [text("Deel van de doelstelling gehaald"), percentOfShare(data.totalCur, target), percentOfShare(data.totalPrev, target)],
    ],
  };
}

/** Share of the target; hidden like any figure about 1–4 people. */
function percentOfShare(placed: number, target: number) {
  const cell = percentOfPeople(placed, target);
  return placed > 0 && placed < 5 ? { display: "< 5", value: null } : cell;
}
