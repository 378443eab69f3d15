/**
 * The score parts of a match, as small functions on plain numbers. The explainable scorer
 * (score-match.ts) and the in-memory index (candidate-index.ts, vacancy-index.ts) both call these,
 * so the fast path and the explanation cannot drift apart. Every part is a whole number; together
 * they add up to at most 100. See docs/decisions/005-matching.md.
 */
import { UNKNOWN_DAY } from "./days";

export const MAX_POINTS = { skills: 50, occupation: 15, hours: 10, workArea: 10, availability: 10, werkfit: 5 } as const;
export type ScorePartKey = keyof typeof MAX_POINTS;
export const SCORE_PART_KEYS = ["skills", "occupation", "hours", "workArea", "availability", "werkfit"] as const satisfies readonly ScorePartKey[];
/** What all parts except skills can add at most (the index prunes on it). */
export const MAX_NON_SKILL_POINTS = 100 - MAX_POINTS.skills;

/** Per required skill: 12 when the candidate reaches the level, proportionally less below it, 0 without the skill. */
export const SKILL_CREDIT_MAX = 12;
/** Skill levels run 1–4 (skills.json). */
export const MAX_SKILL_LEVEL = 4;
/** Hours just outside the wished range still count for half. */
export const HOURS_TOLERANCE = 4;
/** Available at most this many days after the start still counts for half. */
export const AVAILABILITY_GRACE_DAYS = 30;

/**
 * Credit 0–12 for one required skill: min(c, L) × 12 / L, a whole number for L in 1–4 (levels are
 * validated to 1–4; a required level above 4 counts as 4 so the credit stays whole).
 */
export function skillCredit(candidateLevel: number, requiredLevel: number): number {
  if (candidateLevel <= 0 || requiredLevel <= 0) return 0;
  const required = Math.min(requiredLevel, MAX_SKILL_LEVEL);
  return (Math.min(candidateLevel, required) * SKILL_CREDIT_MAX) / required;
}

/** 0–50: the credit sum over all n required skills, scaled and rounded half up. */
export function skillsPoints(creditSum: number, requiredCount: number): number {
  if (requiredCount <= 0) return 0;
  const denominator = SKILL_CREDIT_MAX * requiredCount;
  // round(50·S / (12·n)) in integers: floor((100·S + 12·n) / (24·n)).
  return Math.floor((2 * MAX_POINTS.skills * creditSum + denominator) / (2 * denominator));
}

/** 15 when the candidate wishes the vacancy's occupation class. */
export function occupationPoints(wished: boolean): number {
  return wished ? MAX_POINTS.occupation : 0;
}

/**
 * 10 when the vacancy's hours fall in the candidate's wished range, 5 within 4 hours of it or
 * when the wish is unknown, else 0. Unknown bounds are -1; one known bound is used for both.
 */
export function hoursPoints(vacancyHours: number, wishMin: number, wishMax: number): number {
  if (wishMin < 0 && wishMax < 0) return 5;
  const low = wishMin >= 0 ? wishMin : wishMax;
  const high = wishMax >= 0 ? wishMax : wishMin;
  if (vacancyHours >= low && vacancyHours <= high) return MAX_POINTS.hours;
  if (vacancyHours >= low - HOURS_TOLERANCE && vacancyHours <= high + HOURS_TOLERANCE) return 5;
  return 0;
}

/**
 * 10 when the vacancy's work area is one the candidate wishes; 7 when the travel time from the
 * candidate's home work area is within their maximum; else 0. Unknown minutes are -1.
 */
export function workAreaPoints(inWishedArea: boolean, travelMinutes: number, maxTravelMinutes: number): number {
  if (inWishedArea) return MAX_POINTS.workArea;
  if (travelMinutes >= 0 && maxTravelMinutes >= 0 && travelMinutes <= maxTravelMinutes) return 7;
  return 0;
}

/**
 * 10 when available on or before the reference day (the vacancy's start, or today without one);
 * 5 when at most 30 days later or unknown (UNKNOWN_DAY); else 0.
 */
export function availabilityPoints(availableDay: number, referenceDay: number): number {
  if (availableDay === UNKNOWN_DAY) return 5;
  if (availableDay <= referenceDay) return MAX_POINTS.availability;
  if (availableDay <= referenceDay + AVAILABILITY_GRACE_DAYS) return 5;
  return 0;
}

/** 5 when the candidate is werkfit. */
export function werkfitPoints(isWorkReady: boolean): number {
  return isWorkReady ? MAX_POINTS.werkfit : 0;
}
