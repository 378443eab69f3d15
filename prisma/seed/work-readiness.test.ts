import { describe, expect, it } from "vitest";
import { deriveWorkReady, type WorkReadinessThresholds } from "./work-readiness";

const rule: WorkReadinessThresholds = {
  employeeSkills: ["A", "B", "C", "D"],
  lifeDomains: ["X", "Y"],
  minEmployeeSkillScore: 3,
  maxEmployeeSkillsBelow: 2,
  lowestAllowedBelowScore: 2,
  blockingLifeDomainScore: 1,
};

describe("deriveWorkReady (seed copy of the werkfit rule)", () => {
  it("is werkfit with all skills at 3+ and no blocking life domain", () => {
    expect(deriveWorkReady(rule, { A: 3, B: 4, C: 3, D: 3 }, { X: 2, Y: 4 })).toBe(true);
  });
  it("allows at most two skills at 2", () => {
    expect(deriveWorkReady(rule, { A: 2, B: 2, C: 3, D: 3 }, { X: 3, Y: 3 })).toBe(true);
    expect(deriveWorkReady(rule, { A: 2, B: 2, C: 2, D: 3 }, { X: 3, Y: 3 })).toBe(false);
  });
  it("refuses a skill at 1 or a life domain at 1", () => {
    expect(deriveWorkReady(rule, { A: 1, B: 3, C: 3, D: 3 }, { X: 3, Y: 3 })).toBe(false);
    expect(deriveWorkReady(rule, { A: 3, B: 3, C: 3, D: 3 }, { X: 1, Y: 3 })).toBe(false);
  });
  it("refuses incomplete scores", () => {
    expect(deriveWorkReady(rule, { A: 3, B: 3, C: 3 }, { X: 3, Y: 3 })).toBe(false);
  });
});
