import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { banenafspraakCounts } from "./banenafspraak";
import { periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { BANENAFSPRAAK_TARGET_GROUP } from "./labour-market-target";
import { allOf, bucketOf, candidateFilters, dateRange, occupationFilter } from "./sql";
import { countSheet } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

type Row = { code: string; name: string; cur: number; prev: number };

/** Placements that started in the period per target group of the candidate (a candidate can be in several groups). */
export async function placementsByTargetGroupTable(ctx: KpiContext): Promise<DashboardTable> {
  const [{ filtered: rows, reference }, banenafspraak] = await Promise.all([readWithReference(ctx, queryRows), banenafspraakCounts(ctx)]);
  // The doelgroepregister row is the banenafspraak table's "in de periode": hidden wherever that one is,
  // or its running total would give away what the banenafspraak table hides.
  const valuesOf = (list: Row[]) => Object.fromEntries(list.flatMap((row) => [[`cur:${row.code}`, row.cur], [`prev:${row.code}`, row.prev]])) as Record<string, number>;
  const values = valuesOf(rows);
  const linked = rows.some((row) => row.code === BANENAFSPRAAK_TARGET_GROUP)
    ? (["cur", "prev"] as const).filter((bucket) => banenafspraak.sheet.isHidden(bucket)).map((bucket) => `${bucket}:${BANENAFSPRAAK_TARGET_GROUP}`)
    : [];
  const sheet = countSheet(values, [], { forced: linked, reference: reference && valuesOf(reference) });
  return {
    id: "plaatsingen-doelgroep",
    title: "Plaatsingen naar doelgroep",
    description: "Plaatsingen die in de periode begonnen, naar de doelgroep van de kandidaat. Iemand kan in meer doelgroepen vallen en telt dan in elke groep mee.",
    columns: periodColumns(ctx, "Doelgroep"),
    rows: rows.map((row) => [text(row.name), sheet.people(`cur:${row.code}`), sheet.people(`prev:${row.code}`)]),
    chart: { labelColumn: 0, valueColumn: 1 },
  };
}

function queryRows(ctx: KpiContext) {
  return prisma.$queryRaw<Row[]>(Prisma.sql`
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
}
