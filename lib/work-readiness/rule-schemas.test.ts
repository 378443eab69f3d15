import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { WORK_READINESS_RULE } from "@/prisma/seed/reference-data";
import { explainWorkReadinessRule, KNOWN_EMPLOYEE_SKILLS, KNOWN_LIFE_DOMAINS, newWorkReadinessRuleSchema } from "./rule-schemas";

const valid = {
  submissionKey: randomUUID(),
  description: "Werkfit als de kandidaat wil en kan werken.",
  employeeSkills: [...KNOWN_EMPLOYEE_SKILLS],
  lifeDomains: [...KNOWN_LIFE_DOMAINS],
  minEmployeeSkillScore: 3,
  maxEmployeeSkillsBelow: 2,
  lowestAllowedBelowScore: 2,
  blockingLifeDomainScore: 1,
};
const fieldErrors = (input: object) => newWorkReadinessRuleSchema.safeParse(input).error?.flatten().fieldErrors ?? {};

describe("newWorkReadinessRuleSchema", () => {
  it("accepts the seeded rule and keeps the lists in the order of the shared language", () => {
    const parsed = newWorkReadinessRuleSchema.parse({ ...valid, employeeSkills: ["Initiatief", "Werkmotivatie"] });
    expect(parsed.employeeSkills).toEqual(["Werkmotivatie", "Initiatief"]);
  });

  it("refuses names outside the known set, doubles and empty lists", () => {
    expect(fieldErrors({ ...valid, employeeSkills: ["Werkmotivatie", "Jongleren"] }).employeeSkills?.[0]).toMatch(/uit de lijst/);
    expect(fieldErrors({ ...valid, lifeDomains: ["Huisvesting", "Huisvesting"] }).lifeDomains?.[0]).toMatch(/één keer/);
    expect(fieldErrors({ ...valid, lifeDomains: [] }).lifeDomains?.[0]).toMatch(/minimaal één/);
  });

  it("refuses thresholds out of range or contradicting each other", () => {
    expect(fieldErrors({ ...valid, minEmployeeSkillScore: 5 }).minEmployeeSkillScore?.[0]).toBe("Kies een score van 2 tot en met 4.");
    expect(fieldErrors({ ...valid, minEmployeeSkillScore: 2.5 }).minEmployeeSkillScore).toBeDefined();
    expect(fieldErrors({ ...valid, blockingLifeDomainScore: 4 }).blockingLifeDomainScore).toBeDefined();
    expect(fieldErrors({ ...valid, lowestAllowedBelowScore: 3 }).lowestAllowedBelowScore?.[0]).toMatch(/lager zijn dan de minimumscore/);
    expect(fieldErrors({ ...valid, employeeSkills: ["Werkmotivatie"], maxEmployeeSkillsBelow: 2 }).maxEmployeeSkillsBelow?.[0]).toMatch(/niet groter/);
    expect(fieldErrors({ ...valid, description: "kort" }).description?.[0]).toMatch(/minimaal 20/);
  });
});

describe("explainWorkReadinessRule", () => {
  it("says the seeded rule in Dutch", () => {
    expect(explainWorkReadinessRule(WORK_READINESS_RULE)).toBe(
      "Een kandidaat is werkfit als alle 13 werknemersvaardigheden minimaal 3 (voldoende) scoren, behalve hooguit 2 die 2 (vraagt ontwikkeling) scoren, en geen van de 9 leefgebieden scoort 1 (belemmert werk).",
    );
  });

  it("leaves out the exception when none is allowed and says 'of lager' for a higher blocking score", () => {
    const text = explainWorkReadinessRule({ ...WORK_READINESS_RULE, maxEmployeeSkillsBelow: 0, blockingLifeDomainScore: 2 });
    expect(text).toBe("Een kandidaat is werkfit als alle 13 werknemersvaardigheden minimaal 3 (voldoende) scoren, en geen van de 9 leefgebieden scoort 2 (vraagt ontwikkeling) of lager.");
  });
});
