import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { KpiContext } from "./context";

/**
 * SQL building blocks shared by the KPI aggregates. Every value from the URL goes in as a bound
 * parameter (Prisma.sql); `Prisma.raw` is only used for fixed column names written in this folder.
 * Dates are compared to the indexed columns directly (no function around the column), so each
 * aggregate is a range scan over [previous.from, period.to). Lookups of the employer, candidate
 * or vacancy are written as LEFT JOINs on their primary key (the foreign keys are NOT NULL, so the
 * result is the same): PostgreSQL then drops the join entirely when no filter uses it.
 */

const iso = (date: Date) => date.toISOString();
const day = (date: Date) => date.toISOString().slice(0, 10);

/** `column` (a timestamp) within [previous.from, period.to). */
export function timestampRange(column: string, ctx: KpiContext): Prisma.Sql {
  const col = Prisma.raw(column);
  return Prisma.sql`${col} >= ${iso(ctx.filters.previous.from)}::timestamp AND ${col} < ${iso(ctx.filters.period.to)}::timestamp`;
}

/** `column` (a @db.Date) within [previous.from, period.to). */
export function dateRange(column: string, ctx: KpiContext): Prisma.Sql {
  const col = Prisma.raw(column);
  return Prisma.sql`${col} >= ${day(ctx.filters.previous.from)}::date AND ${col} < ${day(ctx.filters.period.to)}::date`;
}

/** 'cur' when the timestamp/date expression lies in the chosen period, else 'prev'. */
export function bucketOf(expression: string | Prisma.Sql, ctx: KpiContext, kind: "timestamp" | "date"): Prisma.Sql {
  const expr = typeof expression === "string" ? Prisma.raw(expression) : expression;
  const from = kind === "date" ? Prisma.sql`${day(ctx.filters.period.from)}::date` : Prisma.sql`${iso(ctx.filters.period.from)}::timestamp`;
  return Prisma.sql`CASE WHEN ${expr} >= ${from} THEN 'cur' ELSE 'prev' END`;
}

export const timestampParam = (date: Date) => Prisma.sql`${iso(date)}::timestamp`;
export const dateParam = (date: Date) => Prisma.sql`${day(date)}::date`;

/** Conditions joined with AND; `TRUE` when there are none. */
export function allOf(conditions: (Prisma.Sql | null | undefined | false)[]): Prisma.Sql {
  const present = conditions.filter((c): c is Prisma.Sql => Boolean(c));
  return present.length ? Prisma.join(present, " AND ") : Prisma.sql`TRUE`;
}

/** Filters on the candidate (resident) side: municipality and work area where the resident lives, the owner bemiddelaar's partner. */
export function candidateFilters(ctx: KpiContext, candidate: string, options: { partner?: boolean } = {}): Prisma.Sql[] {
  const c = Prisma.raw(candidate);
  const { municipalityCode, workAreaId, partnerCode } = ctx.filters;
  const out: Prisma.Sql[] = [];
  if (municipalityCode) out.push(Prisma.sql`${c}."municipalityCode" = ${municipalityCode}`);
  if (workAreaId) out.push(Prisma.sql`${c}."municipalityCode" IN (SELECT "code" FROM "Municipality" WHERE "workAreaId" = ${workAreaId})`);
  if (partnerCode && options.partner !== false) out.push(partnerOwnerFilter(`${candidate}."ownerId"`, partnerCode));
  return out;
}

/** The user in `userColumn` works for the partner organisation with this code. */
export function partnerOwnerFilter(userColumn: string, partnerCode: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(userColumn)} IN (SELECT u."id" FROM "User" u JOIN "PartnerOrganisation" po ON po."id" = u."partnerOrganisationId" WHERE po."code" = ${partnerCode})`;
}

/**
 * Filters on the employer side: the employer's municipality; the work area of the vacancy when it
 * has one, otherwise of the employer's municipality.
 */
export function employerFilters(ctx: KpiContext, organisation: string, vacancy?: string): Prisma.Sql[] {
  const o = Prisma.raw(organisation);
  const { municipalityCode, workAreaId } = ctx.filters;
  const out: Prisma.Sql[] = [];
  if (municipalityCode) out.push(Prisma.sql`${o}."municipalityCode" = ${municipalityCode}`);
  if (workAreaId) {
    const byMunicipality = Prisma.sql`${o}."municipalityCode" IN (SELECT "code" FROM "Municipality" WHERE "workAreaId" = ${workAreaId})`;
    if (vacancy) {
      const v = Prisma.raw(vacancy);
      out.push(Prisma.sql`(${v}."workAreaId" = ${workAreaId} OR (${v}."workAreaId" IS NULL AND ${byMunicipality}))`);
    } else {
      out.push(byMunicipality);
    }
  }
  return out;
}

/** The vacancy's occupation class (a row without a vacancy drops out when this filter is set). */
export function occupationFilter(ctx: KpiContext, vacancy: string): Prisma.Sql | null {
  const code = ctx.filters.occupationClassCode;
  return code ? Prisma.sql`${Prisma.raw(vacancy)}."occupationClassCode" = ${code}` : null;
}
