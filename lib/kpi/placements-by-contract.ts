import "server-only";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { PLACEMENT_CONTRACT_LABELS, PLACEMENT_CONTRACT_TYPES } from "@/lib/placements/labels";
import { periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { PLACEMENTS_FACT } from "./facts/placements-fact";
import { readFact } from "./rollups/read-fact";
import { bothPeriods, countSheet, sumInBothPeriods } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

/** Placements that started in the period, per contract type, with the total (lib/kpi/facts/placements-fact.ts). */
export async function placementsByContractTable(ctx: KpiContext): Promise<DashboardTable> {
  const { filtered, reference } = await readWithReference(ctx, (c) => readFact(PLACEMENTS_FACT, c));
  type Totals = typeof filtered;
  const of = (totals: Totals, bucket: Bucket, type: string) => totals[bucket][`contract:${type}`] ?? 0;
  const counts = (totals: Totals, bucket: Bucket) => ({
    ...Object.fromEntries(PLACEMENT_CONTRACT_TYPES.map((type) => [type, of(totals, bucket, type)])),
    total: PLACEMENT_CONTRACT_TYPES.reduce((total, each) => total + of(totals, bucket, each), 0),
  }) as Record<(typeof PLACEMENT_CONTRACT_TYPES)[number] | "total", number>;
  const both = (totals: Totals) => bothPeriods(counts(totals, "cur"), counts(totals, "prev"));
  const sheet = countSheet(both(filtered), sumInBothPeriods("total", PLACEMENT_CONTRACT_TYPES), { reference: reference && both(reference) });
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
