import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { byBucket, count, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, employerFilters, occupationFilter, timestampRange } from "./sql";

type Row = { bucket: Bucket; received: number };

/**
 * Vacancies received in the period (by creation date): one range count over the createdAt index,
 * cheap enough for the first screen. The first proposal and the days to it are a separate, heavier
 * table (first-proposals.ts) over the same vacancies.
 */
export async function vacanciesReceivedTable(ctx: KpiContext): Promise<DashboardTable> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('v."createdAt"', ctx, "timestamp")} AS bucket, count(*)::int AS "received"
    FROM "Vacancy" v
    LEFT JOIN "Organisation" o ON o."id" = v."organisationId"
    WHERE ${allOf([timestampRange('v."createdAt"', ctx), ...employerFilters(ctx, "o", "v"), occupationFilter(ctx, "v")])}
    GROUP BY 1`);
  const data = byBucket(rows, { received: 0 });
  return {
    id: "vacatures",
    title: "Vacatures ontvangen",
    description: "Vacatures die werkgevers in de periode doorgaven, via het portaal of via hun accountmanager.",
    columns: periodColumns(ctx),
    rows: [[text("Vacatures ontvangen"), count(data.cur.received), count(data.prev.received)]],
  };
}
