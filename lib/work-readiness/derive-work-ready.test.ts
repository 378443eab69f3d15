import { describe, expect, it } from "vitest";
import workReadiness from "@/prisma/seed-data/work-readiness.json" with { type: "json" };
import { deriveWorkReady, type WorkReadinessThresholds } from "./derive-work-ready";

// Version 0 of the regional rule, with the real scales.
const rule: WorkReadinessThresholds = {
  employeeSkills: workReadiness.employeeSkills,
  lifeDomains: workReadiness.lifeDomains,
  minEmployeeSkillScore: 3,
  maxEmployeeSkillsBelow: 2,
  lowestAllowedBelowScore: 2,
  blockingLifeDomainScore: 1,
};

const all = (names: readonly string[], score: number) => Object.fromEntries(names.map((name) => [name, score]));
const skills = (overrides: Record<string, number> = {}) => ({ ...all(rule.employeeSkills, 3), ...overrides });
const domains = (overrides: Record<string, number> = {}) => ({ ...all(rule.lifeDomains, 3), ...overrides });
const [s1, s2, s3] = rule.employeeSkills as [string, string, string];
const [d1] = rule.lifeDomains as [string];

describe("deriveWorkReady", () => {
  it("is werkfit when every employee skill is 3 or more and no life domain is 1", () => {
    expect(deriveWorkReady(rule, skills(), domains())).toBe(true);
    expect(deriveWorkReady(rule, all(rule.employeeSkills, 4), all(rule.lifeDomains, 2))).toBe(true);
  });

  it("allows exactly two employee skills at 2, not three", () => {
    expect(deriveWorkReady(rule, skills({ [s1]: 2, [s2]: 2 }), domains())).toBe(true);
    expect(deriveWorkReady(rule, skills({ [s1]: 2, [s2]: 2, [s3]: 2 }), domains())).toBe(false);
  });

  it("is not werkfit with one employee skill at 1", () => {
    expect(deriveWorkReady(rule, skills({ [s1]: 1 }), domains())).toBe(false);
  });

  it("is not werkfit with one life domain at 1, even with strong skills", () => {
    expect(deriveWorkReady(rule, all(rule.employeeSkills, 4), domains({ [d1]: 1 }))).toBe(false);
    expect(deriveWorkReady(rule, skills(), domains({ [d1]: 2 }))).toBe(true);
  });

  it("is not werkfit when a score is missing", () => {
    const { [s1]: _skill, ...missingSkill } = skills();
    const { [d1]: _domain, ...missingDomain } = domains();
    expect(deriveWorkReady(rule, missingSkill, domains())).toBe(false);
    expect(deriveWorkReady(rule, skills(), missingDomain)).toBe(false);
    expect(deriveWorkReady(rule, {}, {})).toBe(false);
  });

  it("ignores inherited properties and follows other thresholds kept as data", () => {
    const strict: WorkReadinessThresholds = { ...rule, maxEmployeeSkillsBelow: 0, blockingLifeDomainScore: 2 };
    expect(deriveWorkReady(strict, skills({ [s1]: 2 }), domains())).toBe(false);
    expect(deriveWorkReady(strict, skills(), domains({ [d1]: 2 }))).toBe(false);
    expect(deriveWorkReady({ ...rule, employeeSkills: ["toString"] }, {}, domains())).toBe(false);
  });
});
