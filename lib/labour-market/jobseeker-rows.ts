import { sharePercent } from "./format-figures";

export type JobseekerRow = {
  label: string;
  region: number;
  nl: number;
  /** Share of the region's total, in percent with one decimal. */
  regionPct: number;
  nlPct: number;
};

/** Adds each group's share of the regional and national total (by education or by age). */
export function toJobseekerRows(
  rows: { label: string; region: number; nl: number }[],
  totals?: { region: number; nl: number },
): JobseekerRow[] {
  const regionTotal = totals?.region ?? rows.reduce((sum, row) => sum + row.region, 0);
  const nlTotal = totals?.nl ?? rows.reduce((sum, row) => sum + row.nl, 0);
  return rows.map((row) => ({
    ...row,
    regionPct: sharePercent(row.region, regionTotal) ?? 0,
    nlPct: sharePercent(row.nl, nlTotal) ?? 0,
  }));
}

const AGE_LABELS: Record<string, string> = {
  "<27": "Jonger dan 27 jaar",
  "27-50": "27 tot 50 jaar",
  ">=50": "50 jaar en ouder",
};

/** "<27" → "Jonger dan 27 jaar"; unknown groups are shown as they are. */
export function ageGroupLabel(age: string): string {
  return AGE_LABELS[age] ?? age;
}
