import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { OVERDUE_AFTER_DAYS } from "@/lib/aftercare/check-state";
import { prisma } from "@/lib/db";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { todayIso } from "@/lib/vacancies/dates";
import { byBucket, percentOfPeople, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, candidateFilters, dateRange, occupationFilter } from "./sql";

type Row = { bucket: Bucket; due: number; onTime: number; late: number; open: number };

/**
 * Aftercare check-ins planned in the period (due date reached). A check-in can only be answered
 * from its due date, so "op tijd" uses the worklist's rule: done at most OVERDUE_AFTER_DAYS days
 * after the due date. Check-ins that lapsed because the placement ended are left out.
 */
export async function aftercareOnTimeTable(ctx: KpiContext): Promise<DashboardTable> {
  const deadline = Prisma.sql`(a."dueDate" + ${OVERDUE_AFTER_DAYS + 1}::int)::timestamp`;
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('a."dueDate"', ctx, "date")} AS bucket,
           count(*)::int AS "due",
           count(*) FILTER (WHERE a."completedAt" < ${deadline})::int AS "onTime",
           count(*) FILTER (WHERE a."completedAt" >= ${deadline})::int AS "late",
           count(*) FILTER (WHERE a."completedAt" IS NULL)::int AS "open"
    FROM "AftercareCheck" a
    JOIN "Placement" p ON p."id" = a."placementId"
    LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
    LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
    WHERE ${allOf([
      dateRange('a."dueDate"', ctx),
      Prisma.sql`a."dueDate" <= ${todayIso(ctx.now)}::date`,
      Prisma.sql`(a."completedAt" IS NOT NULL OR p."endedOn" IS NULL)`,
      ...candidateFilters(ctx, "c"),
      occupationFilter(ctx, "v"),
    ])}
    GROUP BY 1`);
  const data = byBucket(rows, { due: 0, onTime: 0, late: 0, open: 0 });
  return {
    id: "nazorg-op-tijd",
    title: "Nazorggesprekken op tijd",
    description: `Nazorggesprekken met werknemers en werkgevers die in de periode gepland stonden. Op tijd: gedaan binnen ${OVERDUE_AFTER_DAYS} dagen na de geplande datum.`,
    columns: periodColumns(ctx),
    rows: [
      [text("Gepland in de periode"), people(data.cur.due), people(data.prev.due)],
      [text("Op tijd gedaan"), people(data.cur.onTime), people(data.prev.onTime)],
      [text("Te laat gedaan"), people(data.cur.late), people(data.prev.late)],
      [text("Nog niet gedaan"), people(data.cur.open), people(data.prev.open)],
      [text("Aandeel op tijd"), percentOfPeople(data.cur.onTime, data.cur.due), percentOfPeople(data.prev.onTime, data.prev.due)],
    ],
  };
}
