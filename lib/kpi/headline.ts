import type { DashboardCell, DashboardTable } from "@/lib/dashboard/table";
import type { KpiTableId } from "./table-ids";
import { trendOf, type Trend } from "./trend";

export type KpiHeadline = { id: string; label: string; current: DashboardCell; previous: DashboardCell; trend: Trend };

/** The headline figures, each a row of a KPI table (so page, report and CSV never disagree). */
const HEADLINES: { id: string; label: string; table: KpiTableId; row: string }[] = [
  { id: "vacatures-ontvangen", label: "Vacatures ontvangen", table: "vacatures", row: "Vacatures ontvangen" },
  { id: "voorstellen", label: "Kandidaten voorgesteld aan werkgevers", table: "voorstellen", row: "Voorgesteld aan een werkgever" },
  { id: "plaatsingen", label: "Plaatsingen", table: "plaatsingen-contractvorm", row: "Totaal" },
  { id: "duurzame-plaatsingen", label: "Duurzame plaatsingen", table: "duurzame-plaatsingen", row: "Duurzaam (langer dan 6 maanden)" },
  { id: "nazorg-op-tijd", label: "Nazorggesprekken op tijd", table: "nazorg-op-tijd", row: "Aandeel op tijd" },
  { id: "tevredenheid", label: "Gemiddelde score van werkgevers (1–5)", table: "tevredenheid-werkgevers", row: "Gemiddelde score" },
  { id: "vragen-binnen-norm", label: "Vragen binnen 2 werkdagen beantwoord", table: "vragen-werkgevers", row: "Aandeel binnen de norm" },
  { id: "banenafspraak", label: "Plaatsingen banenafspraak", table: "banenafspraak", row: "Plaatsingen banenafspraak in de periode" },
];

/** The tables the headline reads: the first screen of /dashboard waits for these aggregates only. */
export const HEADLINE_TABLE_IDS: readonly KpiTableId[] = [...new Set(HEADLINES.map((headline) => headline.table))];

const EMPTY: DashboardCell = { display: "–", value: null };

export function headlinesFrom(tables: DashboardTable[]): KpiHeadline[] {
  return HEADLINES.map(({ id, label, table, row }) => {
    const found = tables.find((t) => t.id === table)?.rows.find((cells) => cells[0]?.display === row);
    const current = found?.[1] ?? EMPTY;
    const previous = found?.[2] ?? EMPTY;
    return { id, label, current, previous, trend: trendOf(current, previous) };
  });
}
