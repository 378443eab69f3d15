import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { ROLLUP_DIMENSIONS, type RollupDimension, type RollupFact } from "./fact";

/** The fact's period column in [from, from + length) (SQL date expression and interval). */
export function periodWithin(fact: RollupFact, from: Prisma.Sql, length: "1 day" | "1 month"): Prisma.Sql {
  const column = Prisma.raw(fact.periodColumn);
  const to = Prisma.sql`(${from} + interval '${Prisma.raw(length)}')`;
  return fact.periodKind === "date"
    ? Prisma.sql`${column} >= ${from} AND ${column} < ${to}::date`
    : Prisma.sql`${column} >= ${from}::timestamp AND ${column} < ${to}::timestamp`;
}

/** The fact's period column in [from, to) for two yyyy-mm-dd days. */
export function periodBetween(fact: RollupFact, from: string, to: string): Prisma.Sql {
  const column = Prisma.raw(fact.periodColumn);
  return fact.periodKind === "date"
    ? Prisma.sql`${column} >= ${from}::date AND ${column} < ${to}::date`
    : Prisma.sql`${column} >= ${from}::timestamp AND ${column} < ${to}::timestamp`;
}

/** The UTC day of the fact's period column. */
export const periodDay = (fact: RollupFact) => Prisma.sql`(${Prisma.raw(fact.periodColumn)})::date`;

const FILTER_VALUE: Record<RollupDimension, (filters: DashboardFilters) => string | undefined> = {
  municipality: (filters) => filters.municipalityCode,
  workArea: (filters) => filters.workAreaId,
  occupation: (filters) => filters.occupationClassCode,
  partner: (filters) => filters.partnerCode,
};

/**
 * The chosen filters as conditions on `expressionOf(dimension)`: the source expression for live
 * figures, the KpiRollupRow column for stored ones. Filters the fact does not honour are left out.
 */
export function dimensionConditions(fact: RollupFact, filters: DashboardFilters, expressionOf: (dimension: RollupDimension) => Prisma.Sql): Prisma.Sql[] {
  return ROLLUP_DIMENSIONS.flatMap((dimension) => {
    const value = FILTER_VALUE[dimension](filters);
    if (!value || !fact.dimensions[dimension]) return [];
    const expression = expressionOf(dimension);
    return dimension === "partner"
      ? [Prisma.sql`${expression} IN (SELECT po."id" FROM "PartnerOrganisation" po WHERE po."code" = ${value})`]
      : [Prisma.sql`${expression} = ${value}`];
  });
}

/** The source expression of a dimension, or NULL when the fact has none. */
export function dimensionExpression(fact: RollupFact, dimension: RollupDimension): Prisma.Sql {
  const expression = fact.dimensions[dimension];
  return expression ? Prisma.raw(expression) : Prisma.sql`NULL::text`;
}

export function allConditions(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
