/**
 * The SQL matching reads profiles with, and the mapping of its rows to the record shape the profile
 * mapping takes (profiles.ts). Two forms per side with the same columns: a keyset batch for the
 * index's first load, and a load by ids (the top k of a query, and the rows a sync found changed).
 * Both join the children set-based and return them as one string per row (unit and record
 * separators), dates as day numbers. The consent test mirrors sharesWithPartnersWhere
 * (lib/consents/active-consent-where.ts); an integration test compares them.
 */
import type { VacancyStatus } from "@/generated/prisma/enums";
import { dbDateOfDay } from "./days";
import {
  toCandidateMatchProfile,
  toVacancyMatchProfile,
  type CandidateMatchProfile,
  type CandidateMatchSource,
  type SkillLevel,
  type VacancyMatchProfile,
} from "./profiles";

const UNIT = "chr(31)";
const RECORD = "chr(30)";
const ACTIVE_PARTNER_CONSENT = `k.purpose = 'SHARE_WITH_PARTNERS' AND k."grantedAt" IS NOT NULL AND k."revokedAt" IS NULL`;

const CANDIDATE_FIELDS = `
  c.id,
  (extract(epoch FROM c."anonymisedAt") * 1000)::float8 AS "anonymisedAtMs",
  (c."availableFrom" - DATE '1970-01-01') AS "availableFromDay",
  c."hoursPerWeekMin", c."hoursPerWeekMax", c."maxTravelMinutes", c."isWorkReady",
  (c."workReadySince" - DATE '1970-01-01') AS "workReadySinceDay"`;

const VACANCY_FIELDS = `
  v.id, v.status::text AS status, v."occupationClassCode", v."hoursPerWeek", v."workAreaId",
  (v."startDate" - DATE '1970-01-01') AS "startDay"`;

/** $1 = last id of the previous batch ('' first), $2 = batch size. Children joined per id range. */
export const CANDIDATE_BATCH_SQL = `
WITH c AS MATERIALIZED (SELECT * FROM "Candidate" c WHERE c.id > $1 ORDER BY c.id LIMIT $2),
  hi AS (SELECT max(id) AS id FROM c),
  sk AS (SELECT s."candidateId" AS id, string_agg(s."skillCode" || ${UNIT} || s.level, ${RECORD}) AS v FROM "CandidateSkill" s
         WHERE s."candidateId" > $1 AND s."candidateId" <= (SELECT id FROM hi) GROUP BY 1),
  ow AS (SELECT w."candidateId" AS id, string_agg(w."occupationClassCode", ${RECORD}) AS v FROM "CandidateOccupationWish" w
         WHERE w."candidateId" > $1 AND w."candidateId" <= (SELECT id FROM hi) GROUP BY 1),
  aw AS (SELECT a."candidateId" AS id, string_agg(a."workAreaId", ${RECORD}) AS v FROM "CandidateWorkAreaWish" a
         WHERE a."candidateId" > $1 AND a."candidateId" <= (SELECT id FROM hi) GROUP BY 1),
  ks AS (SELECT k."candidateId" AS id, (extract(epoch FROM max(k."grantedAt")) * 1000)::float8 AS v FROM "Consent" k
         WHERE k."candidateId" > $1 AND k."candidateId" <= (SELECT id FROM hi) AND ${ACTIVE_PARTNER_CONSENT} GROUP BY 1)
SELECT ${CANDIDATE_FIELDS}, m."workAreaId" AS "homeWorkAreaId", ks.v AS "sharedSinceMs", sk.v AS skills,
  ow.v AS "occupationClassCodes", aw.v AS "workAreaIds"
FROM c
LEFT JOIN "Municipality" m ON m.code = c."municipalityCode"
LEFT JOIN sk ON sk.id = c.id LEFT JOIN ow ON ow.id = c.id LEFT JOIN aw ON aw.id = c.id LEFT JOIN ks ON ks.id = c.id
ORDER BY c.id`;

/** $1 = candidate ids (the top k, or the rows a sync found changed). Adds the owner bemiddelaar. */
export const CANDIDATE_DETAIL_SQL = `
WITH c AS MATERIALIZED (SELECT * FROM "Candidate" c WHERE c.id = ANY($1::text[])),
  sk AS (SELECT s."candidateId" AS id, string_agg(s."skillCode" || ${UNIT} || s.level, ${RECORD}) AS v FROM "CandidateSkill" s
         WHERE s."candidateId" = ANY($1::text[]) GROUP BY 1),
  ow AS (SELECT w."candidateId" AS id, string_agg(w."occupationClassCode", ${RECORD}) AS v FROM "CandidateOccupationWish" w
         WHERE w."candidateId" = ANY($1::text[]) GROUP BY 1),
  aw AS (SELECT a."candidateId" AS id, string_agg(a."workAreaId", ${RECORD}) AS v FROM "CandidateWorkAreaWish" a
         WHERE a."candidateId" = ANY($1::text[]) GROUP BY 1),
  ks AS (SELECT k."candidateId" AS id, (extract(epoch FROM max(k."grantedAt")) * 1000)::float8 AS v FROM "Consent" k
         WHERE k."candidateId" = ANY($1::text[]) AND ${ACTIVE_PARTNER_CONSENT} GROUP BY 1)
SELECT ${CANDIDATE_FIELDS}, m."workAreaId" AS "homeWorkAreaId", ks.v AS "sharedSinceMs", sk.v AS skills,
  ow.v AS "occupationClassCodes", aw.v AS "workAreaIds", c."ownerId", u.name AS "ownerName"
FROM c
LEFT JOIN "Municipality" m ON m.code = c."municipalityCode"
LEFT JOIN "User" u ON u.id = c."ownerId"
LEFT JOIN sk ON sk.id = c.id LEFT JOIN ow ON ow.id = c.id LEFT JOIN aw ON aw.id = c.id LEFT JOIN ks ON ks.id = c.id`;

export const VACANCY_BATCH_SQL = `
WITH v AS MATERIALIZED (SELECT * FROM "Vacancy" v WHERE v.id > $1 ORDER BY v.id LIMIT $2),
  hi AS (SELECT max(id) AS id FROM v),
  sk AS (SELECT s."vacancyId" AS id, string_agg(s."skillCode" || ${UNIT} || s.level, ${RECORD}) AS v FROM "VacancySkill" s
         WHERE s."vacancyId" > $1 AND s."vacancyId" <= (SELECT id FROM hi) GROUP BY 1)
SELECT ${VACANCY_FIELDS}, sk.v AS skills FROM v LEFT JOIN sk ON sk.id = v.id ORDER BY v.id`;

/** $1 = vacancy ids. Adds what a result row shows: title and employer. */
export const VACANCY_DETAIL_SQL = `
WITH v AS MATERIALIZED (SELECT * FROM "Vacancy" v WHERE v.id = ANY($1::text[])),
  sk AS (SELECT s."vacancyId" AS id, string_agg(s."skillCode" || ${UNIT} || s.level, ${RECORD}) AS v FROM "VacancySkill" s
         WHERE s."vacancyId" = ANY($1::text[]) GROUP BY 1)
SELECT ${VACANCY_FIELDS}, sk.v AS skills, v.title, o."legalName" AS "organisationName", o."ownerId" AS "organisationOwnerId"
FROM v JOIN "Organisation" o ON o.id = v."organisationId" LEFT JOIN sk ON sk.id = v.id`;

/**
 * The ids of the rows stamped at or after `xmin`, with the xmin of the snapshot this statement reads
 * in (see docs/decisions/005-matching.md). The xmin is inlined (digits only) so PostgreSQL plans the
 * statement for this value: an index range scan on matchVersion.
 */
export function changedIdsSql(table: "Candidate" | "Vacancy", xmin: string): string {
  if (!/^\d{1,20}$/.test(xmin)) throw new Error("snapshot xmin must be digits");
  return `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "snapshotXmin",
    ARRAY(SELECT t.id FROM "${table}" t WHERE t."matchVersion" >= ${xmin}) AS ids`;
}

export const SNAPSHOT_XMIN_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "snapshotXmin"`;

export type CandidateProfileRow = {
  id: string;
  anonymisedAtMs: number | null;
  availableFromDay: number | null;
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  maxTravelMinutes: number | null;
  isWorkReady: boolean;
  workReadySinceDay: number | null;
  homeWorkAreaId: string | null;
  sharedSinceMs: number | null;
  skills: string | null;
  occupationClassCodes: string | null;
  workAreaIds: string | null;
};

export type CandidateDetailRow = CandidateProfileRow & { ownerId: string | null; ownerName: string | null };

export type VacancyProfileRow = {
  id: string;
  status: string;
  occupationClassCode: string;
  hoursPerWeek: number;
  workAreaId: string | null;
  startDay: number | null;
  skills: string | null;
};

export type VacancyDetailRow = VacancyProfileRow & { title: string; organisationName: string; organisationOwnerId: string };

export type ChangedIdsRow = { snapshotXmin: string; ids: string[] };

const list = (value: string | null): string[] => (value === null || value === "" ? [] : value.split("\x1e"));

function skillList(value: string | null): SkillLevel[] {
  return list(value).map((entry) => {
    const at = entry.lastIndexOf("\x1f");
    return { skillCode: entry.slice(0, at), level: Number(entry.slice(at + 1)) };
  });
}

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));
const toDay = (day: number | null) => (day === null ? null : dbDateOfDay(Number(day)));

/** The row as the record shape the profile mapping takes (the same mapping as for a Prisma record). */
export function candidateSourceOfRow(row: CandidateProfileRow): CandidateMatchSource {
  const sharedSince = toDate(row.sharedSinceMs);
  return {
    id: row.id,
    anonymisedAt: toDate(row.anonymisedAtMs),
    availableFrom: toDay(row.availableFromDay),
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    maxTravelMinutes: row.maxTravelMinutes,
    isWorkReady: row.isWorkReady,
    workReadySince: toDay(row.workReadySinceDay),
    municipality: row.homeWorkAreaId === null ? null : { workAreaId: row.homeWorkAreaId },
    skills: skillList(row.skills),
    occupationWishes: list(row.occupationClassCodes).map((occupationClassCode) => ({ occupationClassCode })),
    workAreaWishes: list(row.workAreaIds).map((workAreaId) => ({ workAreaId })),
    // Only active partner-sharing consents are selected; the latest one stands for them.
    consents: sharedSince ? [{ purpose: "SHARE_WITH_PARTNERS", grantedAt: sharedSince, revokedAt: null }] : [],
  };
}

export function candidateProfileOfRow(row: CandidateProfileRow): CandidateMatchProfile {
  return toCandidateMatchProfile(candidateSourceOfRow(row));
}

export function vacancyProfileOfRow(row: VacancyProfileRow): VacancyMatchProfile {
  return toVacancyMatchProfile({
    id: row.id,
    status: row.status as VacancyStatus,
    occupationClassCode: row.occupationClassCode,
    hoursPerWeek: row.hoursPerWeek,
    workAreaId: row.workAreaId,
    startDate: toDay(row.startDay),
    skills: skillList(row.skills),
  });
}
