import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ContractType } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { PLACEMENT_CONTRACT_LABELS, PLACEMENT_CONTRACT_TYPES } from "@/lib/placements/labels";
import { periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, candidateFilters, dateRange, occupationFilter } from "./sql";

type Row = { bucket: Bucket; contractType: ContractType; placements: number };

/** Placements that started in the period, per contract type, with the total. */
export async function placementsByContractTable(ctx: KpiContext): Promise<DashboardTable> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('p."startDate"', ctx, "date")} AS bucket, p."contractType"::text AS "contractType", count(*)::int AS "placements"
    FROM "Placement" p
    LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
    LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
    WHERE ${allOf([dateRange('p."startDate"', ctx), ...candidateFilters(ctx, "c"), occupationFilter(ctx, "v")])}
    GROUP BY 1, 2`);
  const sum = (bucket: Bucket, type?: ContractType) =>
    rows.filter((row) => row.bucket === bucket && (!type || row.contractType === type)).reduce((total, row) => total + row.placements, 0);
  return {
    id: "plaatsingen-contractvorm",
    title: "Plaatsingen naar contractvorm",
    description: "Plaatsingen die in de periode begonnen, naar de soort contract.",
    columns: periodColumns(ctx, "Contractvorm"),
    rows: [
      ...PLACEMENT_CONTRACT_TYPES.map((type) => [text(PLACEMENT_CONTRACT_LABELS[type]), people(sum("cur", type)), people(sum("prev", type))]),
      [text("Totaal"), people(sum("cur")), people(sum("prev"))],
    ],
    chart: { labelColumn: 0, valueColumn: 1 },
  };
}
