import { describe, expect, it } from "vitest";
import type { CandidateMatchProfile, VacancyMatchProfile } from "./profiles";
import { compareRanked, isEligiblePair } from "./ranking";
import { scoreMatch, travelKey } from "./score-match";
import { SCORE_PART_KEYS } from "./score-parts";
import { TEST_TODAY, randomProfiles, testTravelTimes } from "./testing/random-profiles";

const context = { today: TEST_TODAY, travelTimes: testTravelTimes() };

const candidate: CandidateMatchProfile = {
  id: "c1",
  sharesWithPartners: true,
  skills: [
    { skillCode: "verzorgen", level: 2 },
    { skillCode: "nl-spreken", level: 4 },
  ],
  occupationClassCodes: ["ZOR"],
  workAreaIds: ["area-h"],
  homeWorkAreaId: "area-g",
  hoursPerWeekMin: 24,
  hoursPerWeekMax: 32,
  maxTravelMinutes: 30,
  availableFromDay: TEST_TODAY - 5,
  isWorkReady: true,
  workReadySinceDay: TEST_TODAY - 40,
};

const vacancy: VacancyMatchProfile = {
  id: "v1",
  status: "IN_PROGRESS",
  occupationClassCode: "ZOR",
  hoursPerWeek: 28,
  workAreaId: "area-h",
  startDay: null,
  skills: [
    { skillCode: "verzorgen", level: 3 },
    { skillCode: "nl-spreken", level: 2 },
    { skillCode: "rijbewijs", level: 1 },
  ],
};

describe("scoreMatch", () => {
  it("explains every part and the parts add up to the total", () => {
    const score = scoreMatch(candidate, vacancy, context);
    // skills: credits 8 + 12 + 0 = 20 of 36 → round(27.8) = 28
    expect(score.skills).toEqual({
      points: 28,
      max: 50,
      matched: [
        { skillCode: "verzorgen", candidateLevel: 2, requiredLevel: 3, credit: 8 },
        { skillCode: "nl-spreken", candidateLevel: 4, requiredLevel: 2, credit: 12 },
      ],
      missing: [{ skillCode: "rijbewijs", requiredLevel: 1 }],
    });
    expect(score.occupation.points).toBe(15);
    expect(score.hours.points).toBe(10);
    expect(score.workArea).toMatchObject({ points: 10, inWishedArea: true, travelMinutes: 20 });
    expect(score.availability).toMatchObject({ points: 10, referenceDay: TEST_TODAY, referenceIsStartDate: false });
    expect(score.werkfit).toMatchObject({ points: 5, sinceDay: TEST_TODAY - 40 });
    expect(score.total).toBe(28 + 15 + 10 + 10 + 10 + 5);
  });

  it("uses travel time when the area is not wished, and the start date for availability", () => {
    const score = scoreMatch(
      { ...candidate, workAreaIds: [], isWorkReady: false, availableFromDay: TEST_TODAY + 20 },
      { ...vacancy, startDay: TEST_TODAY, occupationClassCode: "TEC", hoursPerWeek: 40 },
      context,
    );
    expect(score.workArea).toMatchObject({ points: 7, inWishedArea: false, travelMinutes: 20 });
    expect(score.availability).toMatchObject({ points: 5, referenceIsStartDate: true });
    expect(score.occupation.points).toBe(0);
    expect(score.hours.points).toBe(0);
    expect(score.werkfit.points).toBe(0);
  });

  it("gives no work-area points without travel data or beyond the maximum", () => {
    const farAway = new Map([[travelKey("area-g", "area-h"), 45]]);
    expect(scoreMatch({ ...candidate, workAreaIds: [] }, vacancy, { ...context, travelTimes: farAway }).workArea.points).toBe(0);
    expect(scoreMatch({ ...candidate, workAreaIds: [] }, vacancy, { ...context, travelTimes: new Map() }).workArea.points).toBe(0);
    expect(scoreMatch(candidate, { ...vacancy, workAreaId: null }, context).workArea).toMatchObject({ points: 0, travelMinutes: null });
  });

  it("has parts that always add up to the total, within 0–100", () => {
    const { candidates, vacancies } = randomProfiles(7, 200, 40);
    const wrong: string[] = [];
    for (const v of vacancies) {
      for (const c of candidates) {
        const score = scoreMatch(c, v, context);
        const sum = SCORE_PART_KEYS.reduce((total, key) => total + score[key].points, 0);
        if (sum !== score.total || score.total > 100) wrong.push(`${c.id}/${v.id}: ${sum} ≠ ${score.total}`);
        for (const key of SCORE_PART_KEYS) {
          const { points, max } = score[key];
          if (!Number.isInteger(points) || points < 0 || points > max) wrong.push(`${c.id}/${v.id} ${key}: ${points} of ${max}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("lists a pair only with consent and at least one required skill", () => {
    const score = scoreMatch(candidate, vacancy, context);
    expect(isEligiblePair(candidate, score)).toBe(true);
    expect(isEligiblePair({ ...candidate, sharesWithPartners: false }, score)).toBe(false);
    const none = scoreMatch({ ...candidate, skills: [{ skillCode: "lassen", level: 4 }] }, vacancy, context);
    expect(isEligiblePair(candidate, none)).toBe(false);
  });

  it("ranks by score, then by id", () => {
    const ranked = [
      { id: "b", total: 70 },
      { id: "c", total: 80 },
      { id: "a", total: 70 },
    ].sort(compareRanked);
    expect(ranked.map((r) => r.id)).toEqual(["c", "a", "b"]);
  });
});
