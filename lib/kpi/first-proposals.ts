import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { byBucket, count, measure, percentOfThings, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, employerFilters, occupationFilter, timestampParam, timestampRange } from "./sql";

type Row = { bucket: Bucket; received: number; withProposal: number; medianDays: number | null };

/**
 * Vacancies received in the period (by creation date) and how many of them have had a first
 * proposal — the first candidate shared with the employer — with the median days to it.
 */
export async function firstProposalsTable(ctx: KpiContext): Promise<DashboardTable> {
  // A proposal is shared after its vacancy was created, so first proposals of the vacancies in range
  // are all shared from previous.from on: one grouped range scan instead of a lookup per vacancy.
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH fp AS (
      SELECT p."vacancyId", min(p."sharedAt") AS first_at
      FROM "Proposal" p
      WHERE p."sharedAt" >= ${timestampParam(ctx.filters.previous.from)}
      GROUP BY 1
    )
    SELECT ${bucketOf('v."createdAt"', ctx, "timestamp")} AS bucket,
           count(*)::int AS "received",
           count(fp.first_at)::int AS "withProposal",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (fp.first_at - v."createdAt")) / 86400.0) AS "medianDays"
    FROM "Vacancy" v
    LEFT JOIN "Organisation" o ON o."id" = v."organisationId"
    LEFT JOIN fp ON fp."vacancyId" = v."id"
    WHERE ${allOf([timestampRange('v."createdAt"', ctx), ...employerFilters(ctx, "o", "v"), occupationFilter(ctx, "v")])}
    GROUP BY 1`);
  const data = byBucket(rows, { received: 0, withProposal: 0, medianDays: null });
  const median = (value: number | null) => measure(value === null ? null : Number(value), { decimals: 1, suffix: " dagen" });
  return {
    id: "eerste-voorstel",
    title: "Vacatures en eerste voorstel",
    description:
      "Vacatures die in de periode binnenkwamen, hoeveel daarvan al een eerste voorstel kregen (een kandidaat die aan de werkgever is voorgesteld) en hoeveel dagen dat duurde (mediaan).",
    columns: periodColumns(ctx),
    rows: [
      [text("Vacatures ontvangen"), count(data.cur.received), count(data.prev.received)],
      [text("Met een eerste voorstel"), count(data.cur.withProposal), count(data.prev.withProposal)],
      [
        text("Aandeel met een eerste voorstel"),
        percentOfThings(data.cur.withProposal, data.cur.received),
        percentOfThings(data.prev.withProposal, data.prev.received),
      ],
      [text("Mediaan dagen tot het eerste voorstel"), median(data.cur.medianDays), median(data.prev.medianDays)],
    ],
  };
}
