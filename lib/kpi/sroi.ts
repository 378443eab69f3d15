import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SroiDeliveryType } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { DELIVERY_TYPE_LABELS, DELIVERY_TYPES } from "@/lib/sroi/labels";
import { count, euros, percentOfThings } from "./cells";
import { periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, dateParam, dateRange } from "./sql";

type Row = { metric: string; bucket: Bucket; cents: number; dossiers: number };

/**
 * Social return (A7/E8): the obligation of the dossiers running in the period against the value
 * delivered and approved in the period. Municipality and work area are the contracting municipality's.
 */
export async function sroiTable(ctx: KpiContext): Promise<DashboardTable> {
  const { municipalityCode, workAreaId } = ctx.filters;
  const dossierFilters = [
    municipalityCode ? Prisma.sql`d."municipalityCode" = ${municipalityCode}` : null,
    workAreaId ? Prisma.sql`d."municipalityCode" IN (SELECT "code" FROM "Municipality" WHERE "workAreaId" = ${workAreaId})` : null,
  ];
  const overlap = (from: Date, to: Date) => Prisma.sql`d."periodStart" < ${dateParam(to)} AND d."periodEnd" >= ${dateParam(from)}`;
  const { period, previous } = ctx.filters;
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT 'obligation' AS "metric", 'cur' AS bucket, COALESCE(sum(d."obligationCents"), 0)::float8 AS "cents", count(*)::int AS "dossiers"
    FROM "SroiDossier" d WHERE ${allOf([overlap(period.from, period.to), ...dossierFilters])}
    UNION ALL
    SELECT 'obligation', 'prev', COALESCE(sum(d."obligationCents"), 0)::float8, count(*)::int
    FROM "SroiDossier" d WHERE ${allOf([overlap(previous.from, previous.to), ...dossierFilters])}
    UNION ALL
    SELECT x."type"::text, ${bucketOf('x."deliveredOn"', ctx, "date")}, COALESCE(sum(x."valueCents"), 0)::float8, count(DISTINCT d."id")::int
    FROM "SroiDelivery" x JOIN "SroiDossier" d ON d."id" = x."dossierId"
    WHERE ${allOf([Prisma.sql`x."status" = 'APPROVED'`, dateRange('x."deliveredOn"', ctx), ...dossierFilters])}
    GROUP BY 1, 2`);
  const value = (bucket: Bucket, metric?: string) =>
    rows.filter((row) => row.bucket === bucket && (metric ? row.metric === metric : row.metric !== "obligation")).reduce((sum, row) => sum + Number(row.cents), 0);
  const dossiers = (bucket: Bucket) => rows.find((row) => row.metric === "obligation" && row.bucket === bucket)?.dossiers ?? 0;
  const byType = (type: SroiDeliveryType) => [text(`Geleverd: ${DELIVERY_TYPE_LABELS[type]}`), euros(value("cur", type)), euros(value("prev", type))];
  return {
    id: "sroi",
    title: "Social return (SROI): verplichting en levering",
    description:
      "De verplichting van de SROI-dossiers die in de periode lopen, en de waarde die werkgevers in de periode leverden en die de accountmanager goedkeurde. Bedragen in hele euro's.",
    columns: periodColumns(ctx),
    rows: [
      [text("Lopende SROI-dossiers"), count(dossiers("cur")), count(dossiers("prev"))],
      [text("Verplichting van deze dossiers"), euros(value("cur", "obligation")), euros(value("prev", "obligation"))],
      [text("Geleverd en goedgekeurd in de periode"), euros(value("cur")), euros(value("prev"))],
      [
        text("Geleverd als deel van de verplichting"),
        percentOfThings(value("cur"), value("cur", "obligation")),
        percentOfThings(value("prev"), value("prev", "obligation")),
      ],
      ...DELIVERY_TYPES.map(byType),
    ],
  };
}
