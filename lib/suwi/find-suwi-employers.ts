import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { prisma } from "@/lib/db";
import { employerServicesSql, type EmployerServicesRow } from "./employer-services-sql";
import { containsPattern } from "./services";

export const SUWI_PAGE_SIZE = 50;

export type SuwiEmployerQuery = {
  /** Part of the employer's trade or legal name. */
  search?: string;
  /** Only employers that received none of the five services (the follow-up list, ordered by accountmanager). */
  withoutServiceOnly?: boolean;
  /** 1-based; ignored when `all` is set. */
  page?: number;
  /** Every matching row (CSV export) instead of one page. */
  all?: boolean;
};

export type SuwiEmployerPage = { rows: EmployerServicesRow[]; total: number; page: number; pageCount: number };

/** D2 per employer: which of the five services each employer received in the period, one page at a time. */
export async function findSuwiEmployers(actor: Actor, filters: DashboardFilters, query: SuwiEmployerQuery = {}): Promise<SuwiEmployerPage> {
  assertCan(actor, "dashboard.read");
  const search = query.search?.trim().slice(0, 100);
  const conditions: Prisma.Sql[] = [];
  if (search) {
    const pattern = containsPattern(search);
    conditions.push(Prisma.sql`(r."name" ILIKE ${pattern} ESCAPE '\\' OR r."legalName" ILIKE ${pattern} ESCAPE '\\')`);
  }
  if (query.withoutServiceOnly) conditions.push(Prisma.sql`r."serviceCount" = 0`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const order = query.withoutServiceOnly ? Prisma.sql`ORDER BY r."ownerName", r."name", r."id"` : Prisma.sql`ORDER BY r."name", r."id"`;

  const page = query.all ? 1 : Math.max(1, Math.floor(query.page ?? 1));
  const limit = query.all ? Prisma.empty : Prisma.sql`LIMIT ${SUWI_PAGE_SIZE} OFFSET ${(page - 1) * SUWI_PAGE_SIZE}`;
  // count(*) OVER () gives the total of the filtered rows in the same statement as the page.
  const rows = await prisma.$queryRaw<(EmployerServicesRow & { total: number })[]>(Prisma.sql`
    SELECT r.*, (count(*) OVER ())::int AS "total" FROM (${employerServicesSql(filters)}) r ${where} ${order} ${limit}`);

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const [counted] = await prisma.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS "total" FROM (${employerServicesSql(filters)}) r ${where}`);
    total = counted?.total ?? 0;
  }
  return {
    rows: rows.map(({ total: _total, ...row }) => row),
    total,
    page,
    pageCount: query.all ? 1 : Math.max(1, Math.ceil(total / SUWI_PAGE_SIZE)),
  };
}
