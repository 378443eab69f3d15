import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { count, people, text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { allOf, candidateFilters, dateParam, occupationFilter } from "./sql";
import { BANENAFSPRAAK_REGIONAL_TARGET, BANENAFSPRAAK_TARGET_GROUP } from "./labour-market-target";

type Row = { cur: number; prev: number; totalCur: number; totalPrev: number };

/** Banenafspraak: placements of candidates in the doelgroepregister, in the period and in total, against the regional target. */
export async function banenafspraakTable(ctx: KpiContext): Promise<DashboardTable> {
  const { previous, period } = ctx.filters;
  const [row] = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT count(*) FILTER (WHERE p."startDate" >= ${dateParam(period.from)})::int AS "cur",
           count(*) FILTER (WHERE p."startDate" >= ${dateParam(previous.from)} AND p."startDate" < ${dateParam(period.from)})::int AS "prev",
           count(*)::int AS "totalCur",
           count(*) FILTER (WHERE p."startDate" < ${dateParam(previous.to)})::int AS "totalPrev"
    FROM "Placement" p
    JOIN "CandidateTargetGroup" t ON t."candidateId" = p."candidateId" AND t."targetGroupCode" = ${BANENAFSPRAAK_TARGET_GROUP}
    LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
    LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
    WHERE ${allOf([Prisma.sql`p."startDate" < ${dateParam(period.to)}`, ...candidateFilters(ctx, "c"), occupationFilter(ctx, "v")])}`);
  const data = row ?? { cur: 0, prev: 0, totalCur: 0, totalPrev: 0 };
  const target = BANENAFSPRAAK_REGIONAL_TARGET;
  return {
    id: "banenafspraak",
    title: "Banenafspraak",
    description: `Plaatsingen van kandidaten uit het doelgroepregister banenafspraak. De regionale doelstelling tot en met 2025 is ${target.toLocaleString("nl-NL")} banen; het totaal telt alle geregistreerde plaatsingen tot het einde van de periode.`,
    columns: periodColumns(ctx),
    rows: [
      [text("Plaatsingen banenafspraak in de periode"), people(data.cur), people(data.prev)],
      [text("Plaatsingen banenafspraak in totaal (tot het einde van de periode)"), people(data.totalCur), people(data.totalPrev)],
      [text("Regionale doelstelling tot en met 2025"), count(target), count(target)],
      [text("Deel van de doelstelling gehaald"), percentOfShare(data.totalCur, target), percentOfShare(data.totalPrev, target)],
    ],
  };
}

/** Share of the target; hidden like any figure about 1–4 people. */
function percentOfShare(placed: number, target: number) {
  const cell = percentOfPeople(placed, target);
  return placed > 0 && placed < 5 ? { display: "< 5", value: null } : cell;
}
