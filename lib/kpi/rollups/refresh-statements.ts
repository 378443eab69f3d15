import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ROLLUP_DIMENSIONS, type RollupFact } from "./fact";
import { allConditions, dimensionExpression, periodBetween, periodDay } from "./fact-sql";
import { isoDay } from "./months";

/**
 * The SQL that rebuilds the days in [from, to) of a fact as of `now`: the day roll-up rows (one per
 * day and combination of dimensions present) and, per day, the moment a deadline would change them.
 */
export function refreshStatements(fact: RollupFact, from: Date, to: Date, now: Date): { rows: Prisma.Sql; validUntil: Prisma.Sql | null } {
  const withClause = fact.with ? Prisma.sql`WITH ${fact.with({ from, to })}` : Prisma.empty;
  const where = allConditions([periodBetween(fact, isoDay(from), isoDay(to)), ...(fact.where?.(now) ?? [])]);
  const dimensions = ROLLUP_DIMENSIONS.map((dimension) => dimensionExpression(fact, dimension));
  const measures = fact.measures(now).map((measure) => measure.sql);
  const rows = Prisma.sql`
    ${withClause}
    INSERT INTO "KpiRollupRow" ("fact", "grain", "start", "municipalityCode", "workAreaId", "occupationClassCode", "partnerId", "measures")
    SELECT ${fact.id}, 'day', ${periodDay(fact)}, ${Prisma.join(dimensions)}, ARRAY[${Prisma.join(measures)}]::int[]
    ${fact.from}
    WHERE ${where}
    GROUP BY 3, 4, 5, 6, 7`;
  const validUntil = fact.validUntil
    ? Prisma.sql`${withClause} SELECT to_char(${periodDay(fact)}, 'YYYY-MM-DD') AS "day", ${fact.validUntil(now)} AS "validUntil" ${fact.from} WHERE ${where} GROUP BY 1`
    : null;
  return { rows, validUntil };
}
