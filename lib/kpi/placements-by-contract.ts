import "server-only";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { PLACEMENT_CONTRACT_LABELS, PLACEMENT_CONTRACT_TYPES } from "@/lib/placements/labels";
import { periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { PLACEMENTS_FACT } from "./facts/placements-fact";
import { readFact } from "./rollups/read-fact";

/** Placements that started in the period, per contract type, with the total (lib/kpi/facts/placements-fact.ts). */
export async function placementsByContractTable(ctx: KpiContext): Promise<DashboardTable> {
  const totals = await readFact(PLACEMENTS_FACT, ctx);
  const of = (bucket: Bucket, type: string) => totals[bucket][`contract:${type}`] ?? 0;
  const sum = (bucket: Bucket, type?: string) =>
    type ? of(bucket, type) : PLACEMENT_CONTRACT_TYPES.reduce((total, each) => total + of(bucket, each), 0);
  return {
    id: "plaatsingen-contractvorm",
    title: "Plaatsingen naar contractvorm",
    description: "Plaatsingen die in de periode begonnen, naar de soort contract.",
    columns: periodColumns(ctx, "Contractvorm"),
    rows: [
      ...PLACEMENT_CONTRACT_TYPES.map((type) => [text(PLACEMENT_CONTRACT_LABELS[type]), people(sum("cur", type)), people(sum("prev", type))]),
      [text("Totaal"), people(sum("cur")), people(sum("prev"))],
    ],
    chart: { labelColumn: 0, valueColumn: 1 },
  };
}
