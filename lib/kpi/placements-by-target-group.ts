import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { allOf, bucketOf, candidateFilters, dateRange, occupationFilter } from "./sql";

type Row = { code: string; name: string; cur: number; prev: number };

/** Placements that started in the period per target group of the candidate (a candidate can be in several groups). */
export async function placementsByTargetGroupTable(ctx: KpiContext): Promise<DashboardTable> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT g."code", g."name",
           count(x."id") FILTER (WHERE x.bucket = 'cur')::int AS "cur",
           count(x."id") FILTER (WHERE x.bucket = 'prev')::int AS "prev"
    FROM "TargetGroup" g
    LEFT JOIN (
      SELECT p."id", t."targetGroupCode", ${bucketOf('p."startDate"', ctx, "date")} AS bucket
      FROM "Placement" p
      JOIN "CandidateTargetGroup" t ON t."candidateId" = p."candidateId"
      LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
      LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
      WHERE ${allOf([dateRange('p."startDate"', ctx), ...candidateFilters(ctx, "c"), occupationFilter(ctx, "v")])}
    ) x ON x."targetGroupCode" = g."code"
    GROUP BY g."code", g."name"
    ORDER BY g."name"`);
  return {
    id: "plaatsingen-doelgroep",
    title: "Plaatsingen naar doelgroep",
    description: "Plaatsingen die in de periode begonnen, naar de doelgroep van de kandidaat. Iemand kan in meer doelgroepen vallen en telt dan in elke groep mee.",
    columns: periodColumns(ctx, "Doelgroep"),
    rows: rows.map((row) => [text(row.name), people(row.cur), people(row.prev)]),
    chart: { labelColumn: 0, valueColumn: 1 },
  };
}
