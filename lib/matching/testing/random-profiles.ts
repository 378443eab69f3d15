/**
 * Random but reproducible profiles for tests of the index against the brute-force reference:
 * skills cluster per occupation class and a few basic skills are very common, like real data.
 */
import type { VacancyStatus } from "@/generated/prisma/enums";
import type { CandidateMatchProfile, VacancyMatchProfile } from "../profiles";
import { travelKey, type TravelTimes } from "../score-match";

/** Mulberry32: a tiny seeded generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const TEST_AREAS = ["area-h", "area-g", "area-w", "area-b"] as const;
export const TEST_CLASSES = ["ZOR", "TEC", "DIE", "TRL", "BEA"] as const;
const BASIC = ["nl-spreken", "digitaal", "samenwerken"] as const;
const STATUSES: VacancyStatus[] = ["RECEIVED", "IN_PROGRESS", "CANDIDATES_PROPOSED", "FILLED", "CLOSED"];

export const TEST_TODAY = 20_000;

export function testTravelTimes(): TravelTimes {
  const minutes = [
    [15, 20, 25, 25],
    [20, 15, 35, 20],
    [25, 35, 15, 40],
    [25, 20, 40, 15],
  ];
  const map = new Map<string, number>();
  TEST_AREAS.forEach((from, i) => TEST_AREAS.forEach((to, j) => map.set(travelKey(from, to), minutes[i]![j]!)));
  return map;
}

function skillsOfClass(code: string): string[] {
  return Array.from({ length: 6 }, (_, i) => `${code.toLowerCase()}-${i}`);
}

export function randomProfiles(seed: number, candidateCount: number, vacancyCount: number) {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybe = <T>(chance: number, value: () => T): T | null => (random() < chance ? value() : null);
  const id = (prefix: string, i: number) => `${prefix}${String(int(0, 99_999)).padStart(5, "0")}-${i}`;

  const candidates: CandidateMatchProfile[] = [];
  for (let i = 0; i < candidateCount; i++) {
    const classes = [pick(TEST_CLASSES), ...(random() < 0.3 ? [pick(TEST_CLASSES)] : [])];
    const skills = new Map<string, number>();
    for (const code of classes) for (let k = int(1, 4); k > 0; k--) skills.set(pick(skillsOfClass(code)), int(1, 4));
    if (random() < 0.9) skills.set("nl-spreken", int(1, 4));
    if (random() < 0.4) skills.set(pick(BASIC), int(1, 4));
    const min = maybe(0.85, () => pick([8, 16, 24, 32]));
    candidates.push({
      id: id("c", i),
      sharesWithPartners: random() < 0.9,
      skills: [...skills].map(([skillCode, level]) => ({ skillCode, level })),
      occupationClassCodes: [...new Set(classes)],
      workAreaIds: [...new Set([pick(TEST_AREAS), ...(random() < 0.3 ? [pick(TEST_AREAS)] : [])])],
      homeWorkAreaId: maybe(0.9, () => pick(TEST_AREAS)),
      hoursPerWeekMin: min,
      hoursPerWeekMax: min === null ? maybe(0.3, () => pick([20, 32])) : Math.min(40, min + pick([0, 4, 8, 16])),
      maxTravelMinutes: maybe(0.8, () => pick([15, 20, 30, 45])),
      availableFromDay: maybe(0.8, () => TEST_TODAY + int(-60, 60)),
      isWorkReady: random() < 0.6,
      workReadySinceDay: null,
    });
  }

  const vacancies: VacancyMatchProfile[] = [];
  for (let i = 0; i < vacancyCount; i++) {
    const code = pick(TEST_CLASSES);
    const skills = new Map<string, number>();
    for (let k = int(1, 5); k > 0; k--) skills.set(pick(skillsOfClass(code)), int(1, 4));
    if (random() < 0.5) skills.set(pick(BASIC), int(1, 4));
    vacancies.push({
      id: id("v", i),
      status: pick(STATUSES),
      occupationClassCode: code,
      hoursPerWeek: pick([8, 12, 20, 24, 32, 36, 40]),
      workAreaId: maybe(0.9, () => pick(TEST_AREAS)),
      startDay: maybe(0.6, () => TEST_TODAY + int(-20, 60)),
      skills: [...skills].map(([skillCode, level]) => ({ skillCode, level })),
    });
  }
  return { candidates, vacancies };
}
