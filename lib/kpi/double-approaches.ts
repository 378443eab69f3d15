import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { byBucket, count, percentOfThings, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, dateRange, employerFilters } from "./sql";

type Row = { bucket: Bucket; contacts: number; doubles: number; employers: number };

/** Contact moments with employers in the period and how many were a double approach (not by the owner accountmanager). */
export async function doubleApproachesTable(ctx: KpiContext): Promise<DashboardTable> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('m."contactDate"', ctx, "date")} AS bucket,
           count(*)::int AS "contacts",
           count(*) FILTER (WHERE m."isDoubleApproach")::int AS "doubles",
           count(DISTINCT m."organisationId") FILTER (WHERE m."isDoubleApproach")::int AS "employers"
    FROM "ContactMoment" m
    LEFT JOIN "Organisation" o ON o."id" = m."organisationId"
    WHERE ${allOf([dateRange('m."contactDate"', ctx), ...employerFilters(ctx, "o")])}
    GROUP BY 1`);
  const data = byBucket(rows, { contacts: 0, doubles: 0, employers: 0 });
  return {
    id: "dubbele-benadering",
    title: "Dubbele benadering van werkgevers",
    description: "Contactmomenten met werkgevers in de periode. Dubbele benadering: contact door iemand anders dan de vaste accountmanager van de werkgever.",
    columns: periodColumns(ctx),
    rows: [
      [text("Contactmomenten met werkgevers"), count(data.cur.contacts), count(data.prev.contacts)],
      [text("Waarvan dubbele benadering"), count(data.cur.doubles), count(data.prev.doubles)],
      [text("Aandeel dubbele benadering"), percentOfThings(data.cur.doubles, data.cur.contacts), percentOfThings(data.prev.doubles, data.prev.contacts)],
      [text("Werkgevers dubbel benaderd"), count(data.cur.employers), count(data.prev.employers)],
    ],
  };
}
