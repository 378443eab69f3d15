import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { figure, people, text, type DashboardTable } from "@/lib/dashboard/table";
import { byBucket, percentOfPeople, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, employerFilters, occupationFilter, partnerFilter, timestampRange } from "./sql";

type Row = { bucket: Bucket; answers: number; average: number | null; scores: number[] };

const SCORE_LABELS = ["1 (zeer ontevreden)", "2", "3", "4", "5 (zeer tevreden)"];

/** Employer satisfaction: the scores (1–5) employers gave at their aftercare check-ins answered in the period. */
export async function employerSatisfactionTables(ctx: KpiContext): Promise<DashboardTable[]> {
  const scoreCounts = Prisma.join([1, 2, 3, 4, 5].map((score) => Prisma.sql`count(*) FILTER (WHERE a."score" = ${score})::int`));
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('a."completedAt"', ctx, "timestamp")} AS bucket,
           count(*)::int AS "answers",
           avg(a."score")::float8 AS "average",
           ARRAY[${scoreCounts}] AS "scores"
    FROM "AftercareCheck" a
    JOIN "Placement" p ON p."id" = a."placementId"
    LEFT JOIN "Organisation" o ON o."id" = p."organisationId"
    LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
    LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
    WHERE ${allOf([
      Prisma.sql`a."side" = 'EMPLOYER' AND a."score" IS NOT NULL`,
      timestampRange('a."completedAt"', ctx),
      ...employerFilters(ctx, "o", "v"),
      occupationFilter(ctx, "v"),
      partnerFilter(ctx, "c"),
    ])}
    GROUP BY 1`);
  const data = byBucket(rows, { answers: 0, average: null, scores: [0, 0, 0, 0, 0] });
  const satisfied = (row: Omit<Row, "bucket">) => Number(row.scores[3] ?? 0) + Number(row.scores[4] ?? 0);
  return [
    {
      id: "tevredenheid-werkgevers",
      title: "Tevredenheid van werkgevers",
      description: "Scores van 1 tot en met 5 die werkgevers gaven bij de nazorg na een plaatsing, beantwoord in de periode.",
      columns: periodColumns(ctx),
      rows: [
        [text("Antwoorden van werkgevers"), people(data.cur.answers), people(data.prev.answers)],
        [text("Gemiddelde score"), figure(data.cur.average, data.cur.answers), figure(data.prev.average, data.prev.answers)],
        [text("Aandeel tevreden (score 4 of 5)"), percentOfPeople(satisfied(data.cur), data.cur.answers), percentOfPeople(satisfied(data.prev), data.prev.answers)],
      ],
    },
    {
      id: "tevredenheid-verdeling",
      title: "Scores van werkgevers",
      description: "Hoe vaak werkgevers elke score gaven bij de nazorg.",
      columns: periodColumns(ctx, "Score"),
      rows: SCORE_LABELS.map((label, index) => [text(label), people(Number(data.cur.scores[index] ?? 0)), people(Number(data.prev.scores[index] ?? 0))]),
      chart: { labelColumn: 0, valueColumn: 1 },
    },
  ];
}
