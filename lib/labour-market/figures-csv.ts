import { toCsv } from "@/lib/exports/csv";
import { measureOf, SECTION_BY_KEY, type FigureRow } from "./figure-spec";
import { CSV_COLUMNS, CSV_NOTE_COLUMN } from "./parse-labour-market-csv";

/** The current figures as the upload template: `;`, decimal commas, BOM (Dutch Excel), with an explanation column. */
export function figuresToCsv(rows: readonly FigureRow[]): string {
  return toCsv(
    [...CSV_COLUMNS, CSV_NOTE_COLUMN],
    rows.map((row) => [row.section, row.category, row.measure, row.value, `${SECTION_BY_KEY.get(row.section)?.label ?? ""}: ${measureOf(row.section, row.measure)?.label ?? ""}`]),
  );
}
