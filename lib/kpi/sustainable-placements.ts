import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { SUSTAINABLE_AFTER_MONTHS } from "@/lib/placements/dates";
import { todayIso } from "@/lib/vacancies/dates";
import { byBucket, percentOfPeople, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, candidateFilters, dateParam, occupationFilter } from "./sql";

type Row = { bucket: Bucket; reached: number; sustainable: number; endedEarly: number };

/** `date` minus whole months, minus a week of margin for month-end clamping (Aug 31 + 6 months = Feb 28). */
function shiftedBack(date: Date, months: number, marginDays: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate() + marginDays));
}

/**
 * Duurzame plaatsingen (B6): a placement whose 6-month mark (start + 6 months) fell in the period
 * and has passed. It is duurzaam when it was marked so or still ran after the mark; it ended early
 * when it stopped on or before the mark. The scan stays on Placement.startDate (indexed).
 */
export async function sustainablePlacementsTable(ctx: KpiContext): Promise<DashboardTable> {
  const { previous, period } = ctx.filters;
  const mark = Prisma.sql`(p."startDate" + ${`${SUSTAINABLE_AFTER_MONTHS} months`}::interval)::date`;
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf(Prisma.sql`x.mark`, ctx, "date")} AS bucket,
           count(*)::int AS "reached",
           count(*) FILTER (WHERE x."sustainableAt" IS NOT NULL OR x."endedOn" IS NULL OR x."endedOn" > x.mark)::int AS "sustainable",
           count(*) FILTER (WHERE x."sustainableAt" IS NULL AND x."endedOn" IS NOT NULL AND x."endedOn" <= x.mark)::int AS "endedEarly"
    FROM (
      SELECT p."sustainableAt", p."endedOn", ${mark} AS mark
      FROM "Placement" p
      LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
      LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
      WHERE ${allOf([
        Prisma.sql`p."startDate" >= ${dateParam(shiftedBack(previous.from, SUSTAINABLE_AFTER_MONTHS, -7))}`,
        Prisma.sql`p."startDate" < ${dateParam(shiftedBack(period.to, SUSTAINABLE_AFTER_MONTHS, 7))}`,
        ...candidateFilters(ctx, "c"),
        occupationFilter(ctx, "v"),
      ])}
    ) x
    WHERE x.mark >= ${dateParam(previous.from)} AND x.mark < ${dateParam(period.to)} AND x.mark < ${todayIso(ctx.now)}::date
    GROUP BY 1`);
  const data = byBucket(rows, { reached: 0, sustainable: 0, endedEarly: 0 });
  return {
    id: "duurzame-plaatsingen",
    title: "Duurzame plaatsingen",
    description:
      "Plaatsingen die in de periode 6 maanden liepen (of hadden kunnen lopen): hoeveel zijn duurzaam (langer dan 6 maanden aan het werk) en hoeveel stopten eerder.",
    columns: periodColumns(ctx),
    rows: [
      [text("Plaatsingen met 6 maanden in de periode"), people(data.cur.reached), people(data.prev.reached)],
      [text("Duurzaam (langer dan 6 maanden)"), people(data.cur.sustainable), people(data.prev.sustainable)],
      [text("Eerder gestopt"), people(data.cur.endedEarly), people(data.prev.endedEarly)],
      [text("Aandeel eerder gestopt"), percentOfPeople(data.cur.endedEarly, data.cur.reached), percentOfPeople(data.prev.endedEarly, data.prev.reached)],
    ],
  };
}
