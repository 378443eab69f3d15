import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { SUWI_SERVICES, topicPatterns } from "./services";

/** One row per employer in scope: the evidence counts of the period and a yes/no per service. */
export type EmployerServicesRow = {
  id: string;
  name: string;
  legalName: string;
  municipality: string | null;
  ownerName: string;
  proposals: number;
  aftercareChecks: number;
  adviceInstrumentInformation: number;
  adviceInstrument: number;
  adviceJobCarving: number;
  adviceLabourMarket: number;
  contactInstrumentInformation: number;
  contactJobCarving: number;
  contactLabourMarket: number;
  proposed: boolean;
  instrumentInformation: boolean;
  instrumentAdvice: boolean;
  jobCarving: boolean;
  labourMarketInformation: boolean;
  serviceCount: number;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function topicMatch(key: (typeof SUWI_SERVICES)[number]["key"]): Prisma.Sql {
  const service = SUWI_SERVICES.find((s) => s.key === key)!;
  const patterns = topicPatterns(service);
  if (patterns.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`c."topic" ILIKE ANY (ARRAY[${Prisma.join(patterns)}]::text[])`;
}

/**
 * The per-employer SUWI evidence as one SQL statement (a sub-select to wrap with WHERE/ORDER/LIMIT or
 * aggregate). Each kind of evidence is grouped per employer once over the period, then joined to the
 * employers that match the municipality / work-area filter; occupation class and partner filters
 * describe candidates, not employers, and do not apply. Period bounds are passed as ISO dates and cast
 * in SQL, so `date` columns and UTC `timestamp` columns compare the same whatever the session time zone.
 */
export function employerServicesSql(filters: DashboardFilters): Prisma.Sql {
  const from = isoDate(filters.period.from);
  const to = isoDate(filters.period.to);
  const municipality = filters.municipalityCode ? Prisma.sql`AND o."municipalityCode" = ${filters.municipalityCode}` : Prisma.empty;
  const workArea = filters.workAreaId ? Prisma.sql`AND m."workAreaId" = ${filters.workAreaId}` : Prisma.empty;

  return Prisma.sql`
    WITH proposed AS (
      SELECT v."organisationId" AS id, count(*)::int AS n
      FROM "Proposal" p JOIN "Vacancy" v ON v."id" = p."vacancyId"
      WHERE p."sharedAt" >= ${from}::timestamp AND p."sharedAt" < ${to}::timestamp
        AND p."status" NOT IN ('AWAITING_CONSENT', 'CONSENT_DECLINED')
      GROUP BY 1
    ), aftercare AS (
      SELECT pl."organisationId" AS id, count(*)::int AS n
      FROM "AftercareCheck" a JOIN "Placement" pl ON pl."id" = a."placementId"
      WHERE a."completedAt" >= ${from}::timestamp AND a."completedAt" < ${to}::timestamp
      GROUP BY 1
    ), advice AS (
      SELECT r."organisationId" AS id,
        count(*) FILTER (WHERE r."kind" = 'INSTRUMENT_INFORMATION')::int AS info,
        count(*) FILTER (WHERE r."kind" = 'INSTRUMENT_ADVICE')::int AS instrument,
        count(*) FILTER (WHERE r."kind" = 'JOB_CARVING')::int AS carving,
        count(*) FILTER (WHERE r."kind" = 'LABOUR_MARKET_INFORMATION')::int AS market
      FROM "AdviceRecord" r
      WHERE r."givenOn" >= ${from}::date AND r."givenOn" < ${to}::date
      GROUP BY 1
    ), contacts AS (
      SELECT c."organisationId" AS id,
        count(*) FILTER (WHERE ${topicMatch("instrumentInformation")})::int AS info,
        count(*) FILTER (WHERE ${topicMatch("jobCarving")})::int AS carving,
        count(*) FILTER (WHERE ${topicMatch("labourMarketInformation")})::int AS market
      FROM "ContactMoment" c
      WHERE c."contactDate" >= ${from}::date AND c."contactDate" < ${to}::date
      GROUP BY 1
    ), evidence AS (
      SELECT o."id", COALESCE(o."tradeName", o."legalName") AS "name", o."legalName", m."name" AS "municipality", u."name" AS "ownerName",
        COALESCE(pr.n, 0) AS "proposals",
        COALESCE(ac.n, 0) AS "aftercareChecks",
        COALESCE(ad.info, 0) AS "adviceInstrumentInformation",
        COALESCE(ad.instrument, 0) AS "adviceInstrument",
        COALESCE(ad.carving, 0) AS "adviceJobCarving",
        COALESCE(ad.market, 0) AS "adviceLabourMarket",
        COALESCE(ct.info, 0) AS "contactInstrumentInformation",
        COALESCE(ct.carving, 0) AS "contactJobCarving",
        COALESCE(ct.market, 0) AS "contactLabourMarket"
      FROM "Organisation" o
      JOIN "User" u ON u."id" = o."ownerId"
      LEFT JOIN "Municipality" m ON m."code" = o."municipalityCode"
      LEFT JOIN proposed pr ON pr.id = o."id"
      LEFT JOIN aftercare ac ON ac.id = o."id"
      LEFT JOIN advice ad ON ad.id = o."id"
      LEFT JOIN contacts ct ON ct.id = o."id"
      WHERE TRUE ${municipality} ${workArea}
        -- CONFIRMED_ORGANISATION_WHERE (lib/auth/confirmed-registration-where.ts): no registration that waits for its address
        AND NOT EXISTS (SELECT 1 FROM "User" uc WHERE uc."organisationId" = o."id" AND uc."emailVerifiedAt" IS NULL)
    ), flagged AS (
      SELECT e.*,
        (e."proposals" + e."aftercareChecks") > 0 AS "proposed",
        (e."adviceInstrumentInformation" + e."contactInstrumentInformation") > 0 AS "instrumentInformation",
        e."adviceInstrument" > 0 AS "instrumentAdvice",
        (e."adviceJobCarving" + e."contactJobCarving") > 0 AS "jobCarving",
        (e."adviceLabourMarket" + e."contactLabourMarket") > 0 AS "labourMarketInformation"
      FROM evidence e
    )
    SELECT f.*,
      (f."proposed"::int + f."instrumentInformation"::int + f."instrumentAdvice"::int + f."jobCarving"::int + f."labourMarketInformation"::int) AS "serviceCount"
    FROM flagged f`;
}
