import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { KNOWN_EMPLOYEE_SKILLS, KNOWN_LIFE_DOMAINS } from "@/lib/work-readiness/rule-schemas";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { ensureWorkReadinessRule } from "@/tests/factories/work-readiness";

// The server action end to end; the domain rules are tested in lib/work-readiness/rule-versions.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createWorkReadinessRuleVersionAction } = await import("./actions");

await ensureWorkReadinessRule();
const valid = () => ({
  submissionKey: randomUUID(),
  description: "Werkfit als de kandidaat wil en kan werken.",
  employeeSkills: [...KNOWN_EMPLOYEE_SKILLS],
  lifeDomains: [...KNOWN_LIFE_DOMAINS],
  minEmployeeSkillScore: 3,
  maxEmployeeSkillsBelow: 1,
  lowestAllowedBelowScore: 2,
  blockingLifeDomainScore: 1,
});

describe("createWorkReadinessRuleVersionAction", () => {
  it("refuses every role but ADMIN, and without a login, and changes nothing", async () => {
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "EMPLOYER", "JOBSEEKER"] as const) {
      session.actor = actorFor(await createUser({ role }));
      expect(await createWorkReadinessRuleVersionAction(valid()), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    session.actor = null;
    expect((await createWorkReadinessRuleVersionAction(valid())).serverError).toMatch(/niet ingelogd/);
    expect(await prisma.workReadinessRule.count()).toBe(1);
  });

  it("makes a new active version for ADMIN, and answers bad thresholds in Dutch at the field", async () => {
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    const bad = await createWorkReadinessRuleVersionAction({ ...valid(), lowestAllowedBelowScore: 3, lifeDomains: [] });
    expect(bad.validationErrors?.fieldErrors.lifeDomains?.[0]).toBe("Kies minimaal één leefgebied.");
    const crossed = await createWorkReadinessRuleVersionAction({ ...valid(), lowestAllowedBelowScore: 3 });
    expect(crossed.validationErrors?.fieldErrors.lowestAllowedBelowScore?.[0]).toMatch(/lager zijn dan de minimumscore/);
    expect(await createWorkReadinessRuleVersionAction(valid())).toEqual({ data: { version: 2 } });
    expect(await prisma.workReadinessRule.findMany({ select: { version: true, active: true }, orderBy: { version: "asc" } })).toEqual([
      { version: 1, active: false },
      { version: 2, active: true },
    ]);
  });
});
