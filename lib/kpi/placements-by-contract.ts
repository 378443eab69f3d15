import "server-only";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { PLACEMENT_CONTRACT_LABELS, PLACEMENT_CONTRACT_TYPES } from "@/lib/placements/labels";
import { periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { PLACEMENTS_FACT } from "./facts/placements-fact";
import { readFact } from "./rollups/read-fact";
import { bothPeriods, countSheet, sumInBothPeriods } from "./suppression/count-sheet";

/** Placements that started in the period, per contract type, with the total (lib/kpi/facts/placements-fact.ts). */
export async function placementsByContractTable(ctx: KpiContext): Promise<DashboardTable> {
  const totals = await readFact(PLACEMENTS_FACT, ctx);
  const of = (bucket: Bucket, type: string) => totals[bucket][`contract:${type}`] ?? 0;
  const counts = (bucket: Bucket) => ({
    ...Object.fromEntries(PLACEMENT_CONTRACT_TYPES.map((type) => [type, of(bucket, type)])),
    total: PLACEMENT_CONTRACT_TYPES.reduce((total, each) => total + of(bucket, each), 0),
  }) as Record<(typeof PLACEMENT_CONTRACT_TYPES)[number] | "total", number>;
  const sheet = countSheet(bothPeriods(counts("cur"), counts("prev")), sumInBothPeriods("total", PLACEMENT_CONTRACT_TYPES));
  return {
    id: "plaatsingen-contractvorm",
    title: "Plaatsingen naar contractvorm",
    description: "Plaatsingen die in de periode begonnen, naar de soort contract.",
    columns: periodColumns(ctx, "Contractvorm"),
    rows: [
      ...PLACEMENT_CONTRACT_TYPES.map((type) => [text(PLACEMENT_CONTRACT_LABELS[type]), sheet.people(`cur:${type}`), sheet.people(`prev:${type}`)]),
      [text("Totaal"), sheet.people("cur:total"), sheet.people("prev:total")],
    ],
    chart: { labelColumn: 0, valueColumn: 1 },
  };
}
