/**
 * What matching knows about a candidate and a vacancy, and the only way to get there from a
 * database record. The profiles deliberately have no field for protected attributes (birth date,
 * gender, origin, health, target groups, benefit or help question): the scorer cannot use what it is
 * never given. profiles.test.ts proves the mapping ignores them.
 */
import type { ConsentPurpose, VacancyStatus } from "@/generated/prisma/enums";
import { isOpenStatus } from "@/lib/vacancies/status-transitions";
import { dayOfDbDate } from "./days";

export type SkillLevel = { skillCode: string; level: number };

export type CandidateMatchProfile = {
  id: string;
  /** Active SHARE_WITH_PARTNERS consent and not anonymised: matching may read this candidate. */
  sharesWithPartners: boolean;
  skills: readonly SkillLevel[];
  occupationClassCodes: readonly string[];
  workAreaIds: readonly string[];
  /** The work area of the candidate's municipality (travel times start here). */
  homeWorkAreaId: string | null;
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  maxTravelMinutes: number | null;
  availableFromDay: number | null;
  isWorkReady: boolean;
  /** Shown with werkfit ("ja, sinds …"); not a score input. */
  workReadySinceDay: number | null;
};

export type VacancyMatchProfile = {
  id: string;
  status: VacancyStatus;
  occupationClassCode: string;
  hoursPerWeek: number;
  workAreaId: string | null;
  startDay: number | null;
  skills: readonly SkillLevel[];
};

/**
 * The fields of a candidate record matching reads. A full Prisma candidate with these relations
 * included satisfies it; everything else on the record is ignored.
 */
export type CandidateMatchSource = {
  id: string;
  anonymisedAt: Date | null;
  availableFrom: Date | null;
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  maxTravelMinutes: number | null;
  isWorkReady: boolean;
  workReadySince: Date | null;
  municipality: { workAreaId: string } | null;
  skills: readonly SkillLevel[];
  occupationWishes: readonly { occupationClassCode: string }[];
  workAreaWishes: readonly { workAreaId: string }[];
  consents: readonly { purpose: ConsentPurpose; grantedAt: Date | null; revokedAt: Date | null }[];
};

export type VacancyMatchSource = {
  id: string;
  status: VacancyStatus;
  occupationClassCode: string;
  hoursPerWeek: number;
  workAreaId: string | null;
  startDate: Date | null;
  skills: readonly SkillLevel[];
};

/** Mirrors sharesWithPartnersWhere (lib/consents/active-consent-where.ts) on a loaded record. */
export function sharesWithPartners(source: Pick<CandidateMatchSource, "anonymisedAt" | "consents">): boolean {
  return (
    source.anonymisedAt === null &&
    source.consents.some((consent) => consent.purpose === "SHARE_WITH_PARTNERS" && consent.grantedAt !== null && consent.revokedAt === null)
  );
}

export function toCandidateMatchProfile(source: CandidateMatchSource): CandidateMatchProfile {
  return {
    id: source.id,
    sharesWithPartners: sharesWithPartners(source),
    skills: source.skills.map(({ skillCode, level }) => ({ skillCode, level })),
    occupationClassCodes: source.occupationWishes.map((wish) => wish.occupationClassCode),
    workAreaIds: source.workAreaWishes.map((wish) => wish.workAreaId),
    homeWorkAreaId: source.municipality?.workAreaId ?? null,
    hoursPerWeekMin: source.hoursPerWeekMin,
    hoursPerWeekMax: source.hoursPerWeekMax,
    maxTravelMinutes: source.maxTravelMinutes,
    availableFromDay: source.availableFrom ? dayOfDbDate(source.availableFrom) : null,
    isWorkReady: source.isWorkReady,
    workReadySinceDay: source.isWorkReady && source.workReadySince ? dayOfDbDate(source.workReadySince) : null,
  };
}

export function toVacancyMatchProfile(source: VacancyMatchSource): VacancyMatchProfile {
  return {
    id: source.id,
    status: source.status,
    occupationClassCode: source.occupationClassCode,
    hoursPerWeek: source.hoursPerWeek,
    workAreaId: source.workAreaId,
    startDay: source.startDate ? dayOfDbDate(source.startDate) : null,
    skills: source.skills.map(({ skillCode, level }) => ({ skillCode, level })),
  };
}

/** Candidate → vacancies lists only open vacancies (ontvangen, in behandeling, kandidaten voorgedragen). */
export function isOpenVacancy(profile: Pick<VacancyMatchProfile, "status">): boolean {
  return isOpenStatus(profile.status);
}
