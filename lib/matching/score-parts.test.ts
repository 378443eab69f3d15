import { describe, expect, it } from "vitest";
import { UNKNOWN_DAY } from "./days";
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

describe("score parts", () => {
  it("add up to at most 100", () => {
    expect(Object.values(MAX_POINTS).reduce((sum, max) => sum + max, 0)).toBe(100);
  });

  it("credits a skill proportionally to the required level, as a whole number", () => {
    expect(skillCredit(0, 3)).toBe(0);
    expect(skillCredit(1, 1)).toBe(12);
    expect(skillCredit(1, 2)).toBe(6);
    expect(skillCredit(2, 3)).toBe(8);
    expect(skillCredit(3, 4)).toBe(9);
    expect(skillCredit(4, 2)).toBe(12); // above the level counts as the level
    for (let c = 0; c <= 4; c++) for (let l = 1; l <= 4; l++) expect(Number.isInteger(skillCredit(c, l))).toBe(true);
    expect(skillCredit(2, 9)).toBe(6); // an out-of-range requirement counts as level 4
  });

  it("scales the credit sum to 0–50, rounding half up", () => {
    expect(skillsPoints(0, 3)).toBe(0);
    expect(skillsPoints(36, 3)).toBe(50);
    expect(skillsPoints(3, 1)).toBe(13); // 12.5 → 13
    expect(skillsPoints(8, 3)).toBe(11); // 11.11
    expect(skillsPoints(5, 0)).toBe(0);
    for (let n = 1; n <= 12; n++) {
      for (let s = 0; s <= 12 * n; s++) expect(skillsPoints(s, n)).toBe(Math.round((50 * s) / (12 * n)));
    }
  });

  it("gives occupation and werkfit points", () => {
    expect(occupationPoints(true)).toBe(15);
    expect(occupationPoints(false)).toBe(0);
    expect(werkfitPoints(true)).toBe(5);
    expect(werkfitPoints(false)).toBe(0);
  });

  it("gives hours points for in range, near the range and unknown", () => {
    expect(hoursPoints(24, 20, 32)).toBe(10);
    expect(hoursPoints(20, 20, 32)).toBe(10);
    expect(hoursPoints(36, 20, 32)).toBe(5);
    expect(hoursPoints(16, 20, 32)).toBe(5);
    expect(hoursPoints(15, 20, 32)).toBe(0);
    expect(hoursPoints(38, 20, 32)).toBe(0);
    expect(hoursPoints(38, -1, -1)).toBe(5);
    expect(hoursPoints(24, 24, -1)).toBe(10); // one known bound counts for both
    expect(hoursPoints(30, -1, 32)).toBe(5);
  });

  it("gives work-area points for a wished area or a short enough trip", () => {
    expect(workAreaPoints(true, -1, -1)).toBe(10);
    expect(workAreaPoints(false, 25, 30)).toBe(7);
    expect(workAreaPoints(false, 30, 30)).toBe(7);
    expect(workAreaPoints(false, 35, 30)).toBe(0);
    expect(workAreaPoints(false, -1, 60)).toBe(0);
    expect(workAreaPoints(false, 15, -1)).toBe(0);
  });

  it("gives availability points relative to the start day", () => {
    expect(availabilityPoints(100, 100)).toBe(10);
    expect(availabilityPoints(90, 100)).toBe(10);
    expect(availabilityPoints(130, 100)).toBe(5);
    expect(availabilityPoints(131, 100)).toBe(0);
    expect(availabilityPoints(UNKNOWN_DAY, 100)).toBe(5);
  });
});
