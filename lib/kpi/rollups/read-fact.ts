import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Bucket, KpiContext } from "../context";
import { DIMENSION_COLUMNS, type FactTotals, type RollupFact } from "./fact";
import { allConditions, dimensionConditions, dimensionExpression, periodWithin } from "./fact-sql";
import { firstDayOf } from "./first-day";
import { isoDay, monthStartsBetween } from "./months";
import { validUnitCondition } from "./valid-unit";

/**
 * A fact's totals for the chosen and the previous period, in one statement (one snapshot). Per month:
 * a valid month roll-up is summed; otherwise, per day of it, a valid day roll-up is summed and any
 * other day (today, a day whose rows changed since the job ran) is computed live from the source
 * rows; a month without any valid roll-up is counted live in one range. A unit is valid when its KpiRollupUnit row exists (the triggers delete it on any relevant
 * change), was built by this definition and generation, and no deadline has passed since. Without
 * roll-ups (a fresh database, most tests) every day is live and the figures are the same.
 * `sinceFirst` adds "before": everything from the fact's first row up to the previous period.
 */
export async function readFact(
  fact: RollupFact,
  ctx: KpiContext,
  options: { sinceFirst?: boolean } = {},
): Promise<Record<Bucket | "before", FactTotals>> {
  const { previous, period } = ctx.filters;
  const measures = fact.measures(ctx.now);
  const first = options.sinceFirst ? await firstDayOf(fact) : null;
  const from = first && first < previous.from ? first : previous.from;
  const months = monthStartsBetween(from, period.to).map(isoDay);
  const names = measures.map((_, index) => Prisma.raw(`m${index + 1}`));
  const storedSums = Prisma.join(measures.map((_, index) => Prisma.sql`sum(r."measures"[${Prisma.raw(String(index + 1))}]) AS ${names[index]!}`));
  const liveCounts = Prisma.join(measures.map((measure, index) => Prisma.sql`${measure.sql} AS ${names[index]!}`));
  const storedFilters = allConditions(dimensionConditions(fact, ctx.filters, (dimension) => Prisma.raw(`r."${DIMENSION_COLUMNS[dimension]}"`)));
  const liveFilters = dimensionConditions(fact, ctx.filters, (dimension) => dimensionExpression(fact, dimension));
  const withClause = fact.with ? Prisma.sql`${fact.with({ from: previous.from, to: period.to })},` : Prisma.empty;
  const valid = validUnitCondition(fact, ctx.now);
  const liveWhere = (start: Prisma.Sql, length: "1 day" | "1 month") =>
    allConditions([periodWithin(fact, start, length), ...(fact.where?.(ctx.now) ?? []), ...liveFilters]);

  const rows = await prisma.$queryRaw<({ bucket: Bucket | "before" } & Record<string, number>)[]>(Prisma.sql`
    WITH ${withClause}
    months AS MATERIALIZED (
      SELECT m."start", (s."fact" IS NOT NULL) AS "stored",
             -- no valid roll-up of the month nor of any of its days: count the whole month in one range
             (s."fact" IS NULL AND NOT EXISTS (
               SELECT 1 FROM "KpiRollupUnit" sd
               WHERE sd."grain" = 'day' AND sd."start" >= m."start" AND sd."start" < (m."start" + interval '1 month')::date
                 AND ${validUnitCondition(fact, ctx.now, "sd")})) AS "live"
      FROM unnest(${months}::date[]) AS m("start")
      LEFT JOIN "KpiRollupUnit" s ON s."grain" = 'month' AND s."start" = m."start" AND ${valid}
    ),
    days AS MATERIALIZED (
      SELECT dy."start", (s."fact" IS NOT NULL) AS "stored"
      FROM months m
      CROSS JOIN LATERAL (SELECT g::date AS "start" FROM generate_series(m."start", m."start" + interval '1 month' - interval '1 day', interval '1 day') AS g) dy
      LEFT JOIN "KpiRollupUnit" s ON s."grain" = 'day' AND s."start" = dy."start" AND ${valid}
      WHERE NOT m."stored" AND NOT m."live"
    ),
    stored AS (
      -- = ANY(ARRAY(…)): an index scan per stored month or day, never a scan of the fact's whole history
      SELECT r."start", ${storedSums} FROM "KpiRollupRow" r
      WHERE r."fact" = ${fact.id} AND r."grain" = 'month' AND r."start" = ANY(ARRAY(SELECT m."start" FROM months m WHERE m."stored")) AND ${storedFilters}
      GROUP BY r."start"
      UNION ALL
      SELECT r."start", ${storedSums} FROM "KpiRollupRow" r
      WHERE r."fact" = ${fact.id} AND r."grain" = 'day' AND r."start" = ANY(ARRAY(SELECT dy."start" FROM days dy WHERE dy."stored")) AND ${storedFilters}
      GROUP BY r."start"
    ),
    live AS (
      SELECT dy."start", l.* FROM days dy
      CROSS JOIN LATERAL (SELECT ${liveCounts} ${fact.from} WHERE ${liveWhere(Prisma.sql`dy."start"`, "1 day")}) l
      WHERE NOT dy."stored"
      UNION ALL
      SELECT m."start", l.* FROM months m
      CROSS JOIN LATERAL (SELECT ${liveCounts} ${fact.from} WHERE ${liveWhere(Prisma.sql`m."start"`, "1 month")}) l
      WHERE m."live"
    )
    SELECT CASE WHEN x."start" >= ${isoDay(period.from)}::date THEN 'cur'
                WHEN x."start" >= ${isoDay(previous.from)}::date THEN 'prev' ELSE 'before' END AS bucket,
           ${Prisma.join(names.map((name) => Prisma.sql`COALESCE(sum(x.${name}), 0)::int AS ${name}`))}
    FROM (SELECT * FROM stored UNION ALL SELECT * FROM live) x
    GROUP BY 1`);

  const totals = (bucket: Bucket | "before"): FactTotals => {
    const row = rows.find((candidate) => candidate.bucket === bucket);
    return Object.fromEntries(measures.map((measure, index) => [measure.name, Number(row?.[`m${index + 1}`] ?? 0)]));
  };
  return { cur: totals("cur"), prev: totals("prev"), before: totals("before") };
}
