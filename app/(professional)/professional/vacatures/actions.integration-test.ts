import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createVacancy } from "@/tests/factories/vacancies";

// The server action end to end (session → role check → zod → domain function); the intake rules are tested in
// lib/vacancies/vacancy-intake.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { handOverVacancyAction } = await import("./actions");

const inDays = (days: number) => addDaysIso(todayIso(), days);

async function receivedVacancy() {
  const { ownerActor, organisation, employer } = await createEmployerWithOwner();
  const vacancy = await createVacancy({ organisationId: organisation.id, createdById: employer.id });
  return { owner: ownerActor, vacancy };
}

describe("handOverVacancyAction (A3)", () => {
  it("refuses an unknown or non-bemiddelaar user as receiver, at the field, storing nothing", async () => {
    const { owner, vacancy } = await receivedVacancy();
    const otherAm = actorFor(await createUser({ role: "ACCOUNT_MANAGER" }));
    session.actor = owner;
    const result = await handOverVacancyAction({ vacancyId: vacancy.id, mediatorIds: [otherAm.userId], dueDate: inDays(5) });
    expect(result?.validationErrors?.fieldErrors?.mediatorIds?.[0]).toBe("Kies de bemiddelaars uit de lijst.");
    const past = await handOverVacancyAction({ vacancyId: vacancy.id, mediatorIds: [otherAm.userId], dueDate: inDays(-1) });
    expect(past?.validationErrors?.fieldErrors?.dueDate?.[0]).toMatch(/verleden/);
    expect(await prisma.vacancyHandover.count({ where: { vacancyId: vacancy.id } })).toBe(0);
  });

  it("refuses a bemiddelaar with one Dutch sentence and changes nothing", async () => {
    const { vacancy } = await receivedVacancy();
    const mediators = [actorFor(await createUser({ role: "JOB_MEDIATOR" })), actorFor(await createUser({ role: "JOB_MEDIATOR" }))];
    session.actor = mediators[0]!;
    expect((await handOverVacancyAction({ vacancyId: vacancy.id, mediatorIds: [mediators[1]!.userId], dueDate: inDays(3) }))?.serverError).toBe(
      "U heeft geen toegang tot deze gegevens.",
    );
    expect(await prisma.vacancyHandover.count({ where: { vacancyId: vacancy.id } })).toBe(0);
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status).toBe("RECEIVED");
  });
});
