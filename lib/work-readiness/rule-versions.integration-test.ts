import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { createCandidate } from "@/tests/factories/candidates";
import { createUser } from "@/tests/factories/users";
import { ensureWorkReadinessRule } from "@/tests/factories/work-readiness";
import { createWorkReadinessRuleVersion } from "./create-work-readiness-rule-version";
import { findWorkReadinessRules } from "./find-work-readiness-rules";
import { getActiveWorkReadinessRule } from "./get-active-work-readiness-rule";
import { KNOWN_EMPLOYEE_SKILLS, KNOWN_LIFE_DOMAINS } from "./rule-schemas";

const admin = async () => actorFor(await createUser({ role: "ADMIN" }));
const input = (overrides: Record<string, unknown> = {}) => ({
  submissionKey: randomUUID(),
  description: "Strengere regel: geen enkele vaardigheid onder voldoende.",
  employeeSkills: KNOWN_EMPLOYEE_SKILLS.slice(0, 5),
  lifeDomains: [...KNOWN_LIFE_DOMAINS],
  minEmployeeSkillScore: 3,
  maxEmployeeSkillsBelow: 0,
  lowestAllowedBelowScore: 2,
  blockingLifeDomainScore: 2,
  ...overrides,
});

describe("createWorkReadinessRuleVersion", () => {
  it("creates and activates a new version in one go; the old one is kept, and so are the assessments' results", async () => {
    const actor = await admin();
    await ensureWorkReadinessRule();
    const candidate = await createCandidate();
    const assessment = await prisma.workReadinessAssessment.create({
      data: { candidateId: candidate.id, assessedById: actor.userId, assessedOn: new Date("2026-11-01"), ruleVersion: 1, employeeSkillScores: {}, lifeDomainScores: {}, derivedWorkReady: true },
    });

    expect(await createWorkReadinessRuleVersion({ actor, input: input() })).toEqual({ version: 2 });
    const active = await getActiveWorkReadinessRule();
    expect(active).toMatchObject({ version: 2, maxEmployeeSkillsBelow: 0, blockingLifeDomainScore: 2, employeeSkills: KNOWN_EMPLOYEE_SKILLS.slice(0, 5) });
    const versions = await findWorkReadinessRules(actor);
    expect(versions.map((rule) => [rule.version, rule.active])).toEqual([[2, true], [1, false]]);
    expect(await prisma.auditLog.count({ where: { action: "workReadinessRule.createVersion", actorId: actor.userId } })).toBe(1);
    expect(await prisma.workReadinessAssessment.findUniqueOrThrow({ where: { id: assessment.id } })).toMatchObject({ ruleVersion: 1, derivedWorkReady: true });
    expect(versions.find((rule) => rule.version === 1)?.assessments).toBe(1);
  });

  it("makes one version of a double submit, also when both arrive at once", async () => {
    const actor = await admin();
    await ensureWorkReadinessRule();
    const same = input();
    const before = await prisma.workReadinessRule.count();
    const [first, second] = await Promise.all([createWorkReadinessRuleVersion({ actor, input: same }), createWorkReadinessRuleVersion({ actor, input: same })]);
    expect(first).toEqual(second);
    expect(await prisma.workReadinessRule.count()).toBe(before + 1);
    expect(await prisma.workReadinessRule.count({ where: { active: true } })).toBe(1);
  });

  it("refuses invalid thresholds and other roles, and changes nothing", async () => {
    const actor = await admin();
    await ensureWorkReadinessRule();
    const before = await prisma.workReadinessRule.findMany({ orderBy: { version: "asc" } });
    await expect(createWorkReadinessRuleVersion({ actor, input: input({ lowestAllowedBelowScore: 3 }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createWorkReadinessRuleVersion({ actor, input: input({ lifeDomains: ["Vakantie"] }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const) {
      const other = actorFor(await createUser({ role }));
      await expect(createWorkReadinessRuleVersion({ actor: other, input: input() }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findWorkReadinessRules(other), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.workReadinessRule.findMany({ orderBy: { version: "asc" } })).toEqual(before);
  });

  it("the database allows only one active version", async () => {
    await ensureWorkReadinessRule();
    const active = await prisma.workReadinessRule.count({ where: { active: true } });
    expect(active).toBe(1);
    await expect(
      prisma.workReadinessRule.create({ data: { version: 999, description: "Tweede actieve", employeeSkills: [], lifeDomains: [], active: true } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
