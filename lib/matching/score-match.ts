/**
 * The explainable score of one candidate for one vacancy: every part with its points, its maximum
 * and the facts it was decided on. Pure; the index computes the same numbers with the same part
 * functions (score-parts.ts).
 */
import { UNKNOWN_DAY } from "./days";
import type { CandidateMatchProfile, VacancyMatchProfile } from "./profiles";
import {
  MAX_POINTS,
  availabilityPoints,
  hoursPoints,
  occupationPoints,
  skillCredit,
  skillsPoints,
  werkfitPoints,
  workAreaPoints,
} from "./score-parts";

/** Typical travel minutes between two work areas (WorkAreaTravelTime), keyed by travelKey(from, to). */
export type TravelTimes = ReadonlyMap<string, number>;

export function travelKey(fromWorkAreaId: string, toWorkAreaId: string): string {
  return `${fromWorkAreaId}>${toWorkAreaId}`;
}

export type MatchContext = {
  /** Today (Amsterdam) as a day number: the reference day for vacancies without a start date. */
  today: number;
  travelTimes: TravelTimes;
};

export type MatchedSkill = { skillCode: string; candidateLevel: number; requiredLevel: number; credit: number };
export type MissingSkill = { skillCode: string; requiredLevel: number };

export type MatchScore = {
  total: number;
  skills: { points: number; max: number; matched: MatchedSkill[]; missing: MissingSkill[] };
  occupation: { points: number; max: number; occupationClassCode: string; wished: boolean };
  hours: { points: number; max: number; vacancyHours: number; wishMin: number | null; wishMax: number | null };
  workArea: {
    points: number;
    max: number;
    vacancyWorkAreaId: string | null;
    inWishedArea: boolean;
    homeWorkAreaId: string | null;
    travelMinutes: number | null;
    maxTravelMinutes: number | null;
  };
  availability: { points: number; max: number; availableFromDay: number | null; referenceDay: number; referenceIsStartDate: boolean };
  werkfit: { points: number; max: number; isWorkReady: boolean; sinceDay: number | null };
};

export function scoreMatch(candidate: CandidateMatchProfile, vacancy: VacancyMatchProfile, context: MatchContext): MatchScore {
  const levels = new Map(candidate.skills.map((skill) => [skill.skillCode, skill.level]));
  const matched: MatchedSkill[] = [];
  const missing: MissingSkill[] = [];
  let creditSum = 0;
  for (const required of vacancy.skills) {
    const candidateLevel = levels.get(required.skillCode) ?? 0;
    const credit = skillCredit(candidateLevel, required.level);
    creditSum += credit;
    if (candidateLevel >= 1) matched.push({ skillCode: required.skillCode, candidateLevel, requiredLevel: required.level, credit });
    else missing.push({ skillCode: required.skillCode, requiredLevel: required.level });
  }
  const skills = skillsPoints(creditSum, vacancy.skills.length);

  const wished = candidate.occupationClassCodes.includes(vacancy.occupationClassCode);
  const occupation = occupationPoints(wished);

  const hours = hoursPoints(vacancy.hoursPerWeek, candidate.hoursPerWeekMin ?? -1, candidate.hoursPerWeekMax ?? -1);

  const inWishedArea = vacancy.workAreaId !== null && candidate.workAreaIds.includes(vacancy.workAreaId);
  const travelMinutes =
    vacancy.workAreaId !== null && candidate.homeWorkAreaId !== null
      ? (context.travelTimes.get(travelKey(candidate.homeWorkAreaId, vacancy.workAreaId)) ?? null)
      : null;
  const workArea = workAreaPoints(inWishedArea, travelMinutes ?? -1, candidate.maxTravelMinutes ?? -1);

  const referenceDay = vacancy.startDay ?? context.today;
  const availability = availabilityPoints(candidate.availableFromDay ?? UNKNOWN_DAY, referenceDay);

  const werkfit = werkfitPoints(candidate.isWorkReady);

  return {
    total: skills + occupation + hours + workArea + availability + werkfit,
    skills: { points: skills, max: MAX_POINTS.skills, matched, missing },
    occupation: { points: occupation, max: MAX_POINTS.occupation, occupationClassCode: vacancy.occupationClassCode, wished },
    hours: { points: hours, max: MAX_POINTS.hours, vacancyHours: vacancy.hoursPerWeek, wishMin: candidate.hoursPerWeekMin, wishMax: candidate.hoursPerWeekMax },
    workArea: {
      points: workArea,
      max: MAX_POINTS.workArea,
      vacancyWorkAreaId: vacancy.workAreaId,
      inWishedArea,
      homeWorkAreaId: candidate.homeWorkAreaId,
      travelMinutes,
      maxTravelMinutes: candidate.maxTravelMinutes,
    },
    availability: {
      points: availability,
      max: MAX_POINTS.availability,
      availableFromDay: candidate.availableFromDay,
      referenceDay,
      referenceIsStartDate: vacancy.startDay !== null,
    },
    werkfit: { points: werkfit, max: MAX_POINTS.werkfit, isWorkReady: candidate.isWorkReady, sinceDay: candidate.workReadySinceDay },
  };
}
