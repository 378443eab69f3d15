import { measureOf, SECTION_BY_KEY, type FigureRow } from "@/lib/labour-market/figure-spec";

const ONE_DECIMAL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** "Open vacatures per beroepsklasse" */
export const sectionLabel = (row: FigureRow) => SECTION_BY_KEY.get(row.section)?.label ?? row.section;
/** "ZOR – Gooi en Vechtstreek" or just the measure for single figures. */
export const figureLabel = (row: FigureRow) => {
  const measure = measureOf(row.section, row.measure)?.label ?? row.measure;
  return row.category ? `${row.category} – ${measure}` : measure;
};
export const figureValue = (value: number) => ONE_DECIMAL.format(value);
