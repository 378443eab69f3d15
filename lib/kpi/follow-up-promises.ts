import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { todayIso } from "@/lib/time/calendar-dates";
import { byBucket, count, percentOfThings, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, dateRange, employerFilters } from "./sql";

type Row = { bucket: Bucket; promised: number; kept: number; late: number; overdue: number; notDue: number };

/** Follow-up promises made to employers (contact moments) whose due date fell in the period. */
export async function followUpPromisesTable(ctx: KpiContext): Promise<DashboardTable> {
  const today = Prisma.sql`${todayIso(ctx.now)}::date`;
  const dayAfterDue = Prisma.sql`(m."followUpDueDate" + 1)::timestamp`;
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('m."followUpDueDate"', ctx, "date")} AS bucket,
           count(*)::int AS "promised",
           count(*) FILTER (WHERE m."followUpDoneAt" < ${dayAfterDue})::int AS "kept",
           count(*) FILTER (WHERE m."followUpDoneAt" >= ${dayAfterDue})::int AS "late",
           count(*) FILTER (WHERE m."followUpDoneAt" IS NULL AND m."followUpDueDate" < ${today})::int AS "overdue",
           count(*) FILTER (WHERE m."followUpDoneAt" IS NULL AND m."followUpDueDate" >= ${today})::int AS "notDue"
    FROM "ContactMoment" m
    LEFT JOIN "Organisation" o ON o."id" = m."organisationId"
    WHERE ${allOf([
      dateRange('m."followUpDueDate"', ctx),
      Prisma.sql`m."followUpPromise" IS NOT NULL AND m."followUpPromise" <> ''`,
      ...employerFilters(ctx, "o"),
    ])}
    GROUP BY 1`);
  const data = byBucket(rows, { promised: 0, kept: 0, late: 0, overdue: 0, notDue: 0 });
  const judged = (row: Omit<Row, "bucket">) => row.promised - row.notDue;
  const line = (label: string, pick: (row: Omit<Row, "bucket">) => number) => [text(label), count(pick(data.cur)), count(pick(data.prev))];
  return {
    id: "toezeggingen",
    title: "Toezeggingen aan werkgevers nagekomen",
    description: "Afspraken om iets terug te doen (vastgelegd bij een contactmoment) met een datum in de periode. Nagekomen: gedaan op of voor die datum.",
    columns: periodColumns(ctx),
    rows: [
      line("Toezeggingen met een datum in de periode", (r) => r.promised),
      line("Op tijd nagekomen", (r) => r.kept),
      line("Te laat nagekomen", (r) => r.late),
      line("Nog niet gedaan, datum verstreken", (r) => r.overdue),
      line("Datum nog niet bereikt", (r) => r.notDue),
      [text("Aandeel op tijd nagekomen"), percentOfThings(data.cur.kept, judged(data.cur)), percentOfThings(data.prev.kept, judged(data.prev))],
    ],
  };
}
