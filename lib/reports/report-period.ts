import { parsePeriod, periodChoices, type Period } from "@/lib/dashboard/period";

/** A report covers a month ("2026-10") or a quarter ("2026-Q3"); anything else is no report. */
export function parseReportPeriod(key: string | undefined | null): Period | undefined {
  const period = parsePeriod(key);
  return period && period.kind !== "year" ? period : undefined;
}

/** The months and quarters up to `now`, newest first, for the report chooser. */
export function reportPeriodChoices(now: Date): { months: Period[]; quarters: Period[] } {
  const choices = periodChoices(now);
  return { months: choices.filter((p) => p.kind === "month"), quarters: choices.filter((p) => p.kind === "quarter") };
}
