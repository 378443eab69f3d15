import { count, figure, type DashboardCell, type DashboardColumn } from "@/lib/dashboard/table";
import type { Bucket, KpiContext } from "./context";

/** Label column plus the chosen and the previous period: the shape of every KPI table. */
export function periodColumns(ctx: KpiContext, first = "Kengetal"): DashboardColumn[] {
  return [
    { label: first },
    { label: ctx.filters.period.label, numeric: true },
    { label: `Vorige periode (${ctx.filters.previous.label})`, numeric: true },
  ];
}

/** Splits aggregate rows (one per bucket) into the chosen and the previous period; missing = zeros. */
export function byBucket<Row extends { bucket: Bucket }>(rows: Row[], empty: Omit<Row, "bucket">): Record<Bucket, Omit<Row, "bucket">> {
  return {
    cur: rows.find((row) => row.bucket === "cur") ?? empty,
    prev: rows.find((row) => row.bucket === "prev") ?? empty,
  };
}

/** A share in percent (0–100) or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/** A percentage over people: hidden when based on 1–4 people. */
export const percentOfPeople = (part: number, whole: number): DashboardCell => figure(share(part, whole), whole, { decimals: 0, suffix: "%" });

/** A figure over things that are not people (vacancies, questions, contacts): never hidden. */
export function measure(value: number | null, options: { decimals?: number; suffix?: string } = {}): DashboardCell {
  if (value === null || !Number.isFinite(value)) return { display: "–", value: null };
  const decimals = options.decimals ?? 1;
  const display = value.toLocaleString("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return { display: `${display}${options.suffix ?? ""}`, value: Number(value.toFixed(decimals)) };
}

export const percentOfThings = (part: number, whole: number): DashboardCell => measure(share(part, whole), { decimals: 0, suffix: "%" });

/** Whole euros from cents: "€ 12.345"; the raw value (euros) for CSV and charts. */
export function euros(cents: number): DashboardCell {
  const value = Math.round(cents / 100);
  return { display: `€ ${value.toLocaleString("nl-NL")}`, value };
}

export { count };
