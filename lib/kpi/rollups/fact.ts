import type { Prisma } from "@/generated/prisma/client";

/** The dashboard filters a fact honours; the others do not apply to it (as the table's description says). */
export type RollupDimension = "municipality" | "workArea" | "occupation" | "partner";
export const ROLLUP_DIMENSIONS: readonly RollupDimension[] = ["municipality", "workArea", "occupation", "partner"];

/** The KpiRollupRow column that stores each dimension. */
export const DIMENSION_COLUMNS: Record<RollupDimension, string> = {
  municipality: "municipalityCode",
  workArea: "workAreaId",
  occupation: "occupationClassCode",
  partner: "partnerId",
};

/**
 * A KPI fact: counts over source rows, by the month of one period column and by the filter
 * dimensions. The same definition computes live figures (lib/kpi/rollups/read-fact.ts) and the
 * monthly roll-up rows (refresh-fact-month.ts), so the two cannot disagree.
 */
export type RollupFact = {
  /** Stable name, stored in KpiRollupRow.fact and used by the invalidation triggers. */
  id: "vacancies" | "proposals" | "placements" | "sustainable" | "aftercare" | "satisfaction" | "questions";
  /** Bump when a measure changes meaning in a way the SQL text does not show. */
  revision: number;
  /** Read back to its first row (readFact's `sinceFirst`): the job then rolls up all of its history. */
  allHistory?: boolean;
  /** The period column (an indexed timestamp or date) the fact is counted by. */
  periodColumn: string;
  periodKind: "timestamp" | "date";
  /** Common table expressions the FROM needs for rows with the period column in [from, to). */
  with?: (range: { from: Date; to: Date }) => Prisma.Sql;
  /** FROM with the joins the dimensions need (LEFT JOINs on keys, dropped by PostgreSQL when unused). */
  from: Prisma.Sql;
  /** Conditions besides the period and the filters. */
  where?: (now: Date) => Prisma.Sql[];
  /** The SQL expression of each dimension this fact is filtered by. */
  dimensions: Partial<Record<RollupDimension, string>>;
  /** Named counts, in roll-up order (appending is fine; reordering needs a revision bump). */
  measures: (now: Date) => readonly { name: string; sql: Prisma.Sql }[];
  /**
   * An aggregate over the month's rows: the first moment after `now` at which a measure would change
   * by the passing of time alone (a deadline passing). Null or absent: never.
   */
  validUntil?: (now: Date) => Prisma.Sql;
};

export type FactTotals = Record<string, number>;
