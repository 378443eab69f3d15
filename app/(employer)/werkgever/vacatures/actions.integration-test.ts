import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { ensureVacancyReferenceData, invalidVacancyCases, validVacancyInput } from "@/tests/factories/vacancies";

// The server action end to end (session → role check → zod → domain function); the domain rules are tested in
// lib/vacancies/employer-vacancies.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createVacancyAction } = await import("./actions");

describe("createVacancyAction (E2)", () => {
  it("answers Dutch messages at the field for bad input and stores nothing", async () => {
    const ref = await ensureVacancyReferenceData();
    const { organisation, employerActor } = await createEmployerWithOwner();
    session.actor = employerActor;
    for (const [overrides, field, message] of invalidVacancyCases()) {
      const result = await createVacancyAction(validVacancyInput(ref, overrides) as never);
      expect(result?.validationErrors?.fieldErrors?.[field as never]?.[0], field).toMatch(message);
    }
    expect(await prisma.vacancy.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  it("refuses a jobseeker, a bemiddelaar and regional staff with one Dutch sentence and stores nothing", async () => {
    const ref = await ensureVacancyReferenceData();
    const before = await prisma.vacancy.count();
    for (const role of ["JOBSEEKER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      session.actor = actorFor(await createUser({ role }));
      expect((await createVacancyAction(validVacancyInput(ref) as never))?.serverError).toBe("U heeft geen toegang tot deze gegevens.");
    }
    expect(await prisma.vacancy.count()).toBe(before);
  });
});
