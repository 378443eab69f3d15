import { toCsv } from "@/lib/exports/csv";
import { peopleCell } from "./small-cell";

/**
 * Every dashboard figure (D1 KPIs, D2 SUWI monitor, D3 programme monitor) is delivered as one or more
 * of these tables, so the page, the printed report and the CSV export show exactly the same cells,
 * suppression included. A cell keeps the display text ("< 5", "3,8", "12 dagen") and the raw value
 * for CSV/chart use; a suppressed cell has value null and never reaches a chart.
 */
export type DashboardCell = { display: string; value: number | string | null };

export type DashboardColumn = { label: string; numeric?: boolean };

export type DashboardTable = {
  /** Stable, URL-safe: the CSV export is /dashboard/export/<id>. */
  id: string;
  title: string;
  description?: string;
  columns: DashboardColumn[];
  rows: DashboardCell[][];
  /** Optional bar chart beside the table: which column holds labels and which holds values. */
  chart?: { labelColumn: number; valueColumn: number; valueSuffix?: string };
};

export const text = (value: string): DashboardCell => ({ display: value, value });

/** A count of things that are not people (employers, vacancies, events): always exact. */
export const count = (value: number): DashboardCell => ({ display: value.toLocaleString("nl-NL"), value });

/** A count of people: 1–4 becomes "< 5". */
export const people = (value: number): DashboardCell => peopleCell(value);

/** A decimal figure (average, median, share) computed over `basedOn` people: hidden when 1–4. */
export function figure(value: number | null, basedOn: number, options: { decimals?: number; suffix?: string } = {}): DashboardCell {
  if (value === null || basedOn === 0) return { display: "–", value: null };
  if (basedOn < 5) return { display: "< 5", value: null };
  const decimals = options.decimals ?? 1;
  const display = value.toLocaleString("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return { display: `${display}${options.suffix ?? ""}`, value: Number(value.toFixed(decimals)) };
}

export function tableToCsv(table: DashboardTable): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => row.map((cell) => (cell.value === null ? cell.display : cell.value))),
  );
}
