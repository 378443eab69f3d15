import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { ANSWER_NORM_WORKING_DAYS } from "@/lib/questions/service-norm";
import { answerNormCalendar } from "./answer-norm-calendar";
import { byBucket, count, percentOfThings, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, employerFilters, timestampParam, timestampRange } from "./sql";

type Row = { bucket: Bucket; asked: number; withinNorm: number; late: number; overdue: number; open: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Employer questions asked in the period against the norm of 2 working days (A4). The deadline is
 * "asked + 2 working days at the same time of day in Amsterdam", as in lib/questions/service-norm.
 */
export async function employerQuestionsTable(ctx: KpiContext): Promise<DashboardTable> {
  const { previous, period } = ctx.filters;
  const calendar = answerNormCalendar(new Date(previous.from.getTime() - 2 * DAY_MS), new Date(period.to.getTime() + DAY_MS), ANSWER_NORM_WORKING_DAYS);
  const now = timestampParam(ctx.now);
  // The local (Amsterdam) time of asking is computed once per question (MATERIALIZED keeps PostgreSQL
  // from inlining it into every use): time-zone conversions are most of this aggregate's cost.
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH norm AS (SELECT n.day, make_interval(days => n.shift) AS shift FROM unnest(${calendar.days}::date[], ${calendar.shifts}::int[]) AS n(day, shift)),
    asked AS MATERIALIZED (
      SELECT q."createdAt", q."answeredAt", ((q."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam') AS "local"
      FROM "Question" q
      LEFT JOIN "Organisation" o ON o."id" = q."organisationId"
      WHERE ${allOf([timestampRange('q."createdAt"', ctx), ...employerFilters(ctx, "o")])}
    )
    SELECT ${bucketOf('a."createdAt"', ctx, "timestamp")} AS bucket,
           count(*)::int AS "asked",
           count(*) FILTER (WHERE a."answeredAt" <= d.due)::int AS "withinNorm",
           count(*) FILTER (WHERE a."answeredAt" > d.due)::int AS "late",
           count(*) FILTER (WHERE a."answeredAt" IS NULL AND d.due < ${now})::int AS "overdue",
           count(*) FILTER (WHERE a."answeredAt" IS NULL AND d.due >= ${now})::int AS "open"
    FROM asked a
    JOIN norm n ON n.day = a."local"::date
    CROSS JOIN LATERAL (SELECT ((a."local" + n.shift) AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC' AS due) d
    GROUP BY 1`);
  const data = byBucket(rows, { asked: 0, withinNorm: 0, late: 0, overdue: 0, open: 0 });
  const judged = (row: Omit<Row, "bucket">) => row.asked - row.open;
  const line = (label: string, pick: (row: Omit<Row, "bucket">) => number) => [text(label), count(pick(data.cur)), count(pick(data.prev))];
  return {
    id: "vragen-werkgevers",
    title: "Vragen van werkgevers binnen 2 werkdagen beantwoord",
    description:
      "Vragen die werkgevers in de periode stelden via het portaal. De norm is een antwoord binnen 2 werkdagen (weekend en feestdagen tellen niet mee). Het aandeel telt alleen vragen waarvan de termijn voorbij is of die beantwoord zijn.",
    columns: periodColumns(ctx),
    rows: [
      line("Vragen gesteld", (r) => r.asked),
      line("Binnen 2 werkdagen beantwoord", (r) => r.withinNorm),
      line("Later beantwoord", (r) => r.late),
      line("Nog niet beantwoord, norm verstreken", (r) => r.overdue),
      line("Nog niet beantwoord, binnen de norm", (r) => r.open),
      [text("Aandeel binnen de norm"), percentOfThings(data.cur.withinNorm, judged(data.cur)), percentOfThings(data.prev.withinNorm, judged(data.prev))],
    ],
  };
}
