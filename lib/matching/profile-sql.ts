/**
 * The SQL matching reads profiles with, and the mapping of its rows to the record shape the profile
 * mapping takes (profiles.ts). Three forms per side with the same columns: a keyset batch for the
 * index's first load (set-based joins), the incremental sync (rows stamped at or after a snapshot
 * xmin), and the detail load of the top k (by id). Children come as one string per row (unit and
 * record separators), dates as day numbers. The consent test mirrors sharesWithPartnersWhere
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

/** Per candidate row `c`: the children as correlated subqueries (for a few rows). */
const CANDIDATE_CHILDREN = `
  (SELECT m."workAreaId" FROM "Municipality" m WHERE m.code = c."municipalityCode") AS "homeWorkAreaId",
  (SELECT (extract(epoch FROM max(k."grantedAt")) * 1000)::float8 FROM "Consent" k WHERE k."candidateId" = c.id AND ${ACTIVE_PARTNER_CONSENT}) AS "sharedSinceMs",
  (SELECT string_agg(s."skillCode" || ${UNIT} || s.level, ${RECORD}) FROM "CandidateSkill" s WHERE s."candidateId" = c.id) AS skills,
  (SELECT string_agg(w."occupationClassCode", ${RECORD}) FROM "CandidateOccupationWish" w WHERE w."candidateId" = c.id) AS "occupationClassCodes",
  (SELECT string_agg(a."workAreaId", ${RECORD}) FROM "CandidateWorkAreaWish" a WHERE a."candidateId" = c.id) AS "workAreaIds"`;

const VACANCY_FIELDS = `
  v.id, v.status::text AS status, v."occupationClassCode", v."hoursPerWeek", v."workAreaId",
  (v."startDate" - DATE '1970-01-01') AS "startDay"`;

const VACANCY_SKILLS = `(SELECT string_agg(s."skillCode" || ${UNIT} || s.level, ${RECORD}) FROM "VacancySkill" s WHERE s."vacancyId" = v.id) AS skills`;

/** The snapshot's xmin, read in the same statement as the rows (see docs/decisions/005-matching.md). */
const SNAPSHOT = `snap AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "snapshotXmin")`;

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

/** $1 = snapshot xmin of the previous sync. One row with only snapshotXmin when nothing changed. */
export const CANDIDATE_SYNC_SQL = `
WITH ${SNAPSHOT}
SELECT snap."snapshotXmin", r.* FROM snap LEFT JOIN LATERAL (
  SELECT ${CANDIDATE_FIELDS}, ${CANDIDATE_CHILDREN} FROM "Candidate" c WHERE c."matchVersion" >= $1::bigint
) r ON true`;

/** $1 = candidate ids. Adds the owner bemiddelaar (their name may be shown with an anonymised row). */
export const CANDIDATE_DETAIL_SQL = `
SELECT ${CANDIDATE_FIELDS}, ${CANDIDATE_CHILDREN}, c."ownerId", (SELECT u.name FROM "User" u WHERE u.id = c."ownerId") AS "ownerName"
FROM "Candidate" c WHERE c.id = ANY($1::text[])`;

export const VACANCY_BATCH_SQL = `
WITH v AS MATERIALIZED (SELECT * FROM "Vacancy" v WHERE v.id > $1 ORDER BY v.id LIMIT $2),
  hi AS (SELECT max(id) AS id FROM v),
  sk AS (SELECT s."vacancyId" AS id, string_agg(s."skillCode" || ${UNIT} || s.level, ${RECORD}) AS v FROM "VacancySkill" s
         WHERE s."vacancyId" > $1 AND s."vacancyId" <= (SELECT id FROM hi) GROUP BY 1)
SELECT ${VACANCY_FIELDS}, sk.v AS skills FROM v LEFT JOIN sk ON sk.id = v.id ORDER BY v.id`;

export const VACANCY_SYNC_SQL = `
WITH ${SNAPSHOT}
SELECT snap."snapshotXmin", r.* FROM snap LEFT JOIN LATERAL (
  SELECT ${VACANCY_FIELDS}, ${VACANCY_SKILLS} FROM "Vacancy" v WHERE v."matchVersion" >= $1::bigint
) r ON true`;

/** $1 = vacancy ids. Adds what a result row shows: title and employer. */
export const VACANCY_DETAIL_SQL = `
SELECT ${VACANCY_FIELDS}, ${VACANCY_SKILLS}, v.title, o."legalName" AS "organisationName", o."ownerId" AS "organisationOwnerId"
FROM "Vacancy" v JOIN "Organisation" o ON o.id = v."organisationId" WHERE v.id = ANY($1::text[])`;

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

/** A sync row: the snapshot xmin, plus a profile row unless nothing changed. */
export type SyncRow<Row> = { snapshotXmin: string } & ({ id: null } | Row);

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
