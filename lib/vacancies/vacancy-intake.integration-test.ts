import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { recordAdvice } from "@/lib/advice/record-advice";
import { prisma } from "@/lib/db";
import { createAccountManager, createEmployerUser, createOrganisation } from "@/tests/factories/organisations";
import { createUser } from "@/tests/factories/users";
import { createVacancy, ensureVacancyReferenceData, validVacancyInput } from "@/tests/factories/vacancies";
import { closeVacancy } from "./close-vacancy";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { enrichVacancy } from "./enrich-vacancy";
import { findHandedOverVacancies } from "./find-handed-over-vacancies";
import { findIntakeVacancies } from "./find-intake-vacancies";
import { getVacancyForActor } from "./get-vacancy-for-actor";
import { handOverVacancy } from "./hand-over-vacancy";
import { setVacancyStatus } from "./set-vacancy-status";

// The handover's field errors and refusal through the server action are tested in
// app/(professional)/professional/vacatures/actions.integration-test.ts.
type UserRow = { id: string; role: Actor["role"]; name: string; organisationId: string | null };
const actorOf = (user: UserRow): Actor => ({ userId: user.id, role: user.role, name: user.name, organisationId: user.organisationId, partnerOrganisationId: null });
const inDays = (days: number) => addDaysIso(todayIso(), days);

async function setup() {
  const ref = await ensureVacancyReferenceData();
  const owner = actorOf(await createAccountManager());
  const otherAm = actorOf(await createAccountManager());
  const organisation = await createOrganisation({ ownerId: owner.userId });
  const employer = actorOf(await createEmployerUser({ organisationId: organisation.id }));
  const vacancy = await createVacancy({ organisationId: organisation.id, createdById: employer.userId });
  const mediators = [actorOf(await createUser({ role: "JOB_MEDIATOR", name: "Bea Bemiddelaar" })), actorOf(await createUser({ role: "JOB_MEDIATOR" }))];
  const jobseeker = actorOf(await createUser({ role: "JOBSEEKER" }));
  return { ref, owner, otherAm, organisation, employer, vacancy, mediators, jobseeker };
}

describe("vacancy intake by the owner accountmanager (A3)", () => {
  it("lists incoming vacancies of my employers only, filterable by status", async () => {
    const { owner, otherAm, vacancy } = await setup();
    expect((await findIntakeVacancies({ actor: owner, filter: "open" })).map((row) => row.id)).toEqual([vacancy.id]);
    expect(await findIntakeVacancies({ actor: owner, filter: "FILLED" })).toEqual([]);
    expect((await findIntakeVacancies({ actor: otherAm, filter: "all" })).map((row) => row.id)).not.toContain(vacancy.id);
  });

  it("hands over to bemiddelaars: rows, notifications, status in behandeling, and their work list", async () => {
    const { owner, vacancy, mediators } = await setup();
    const result = await handOverVacancy({ actor: owner, input: { vacancyId: vacancy.id, mediatorIds: mediators.map((m) => m.userId), dueDate: inDays(5) } });
    expect(result.added).toBe(2);

    expect(await prisma.vacancyHandover.count({ where: { vacancyId: vacancy.id } })).toBe(2);
    for (const mediator of mediators) {
      const notes = await prisma.notification.findMany({ where: { userId: mediator.userId } });
      expect(notes).toEqual([expect.objectContaining({ kind: "vacancy.handedOver", link: `/professional/vacatures/${vacancy.id}` })]);
      const list = await findHandedOverVacancies({ actor: mediator });
      expect(list).toEqual([expect.objectContaining({ id: vacancy.id, overdue: false, status: "IN_PROGRESS" })]);
    }
    const detail = await getVacancyForActor({ actor: owner, vacancyId: vacancy.id });
    expect(detail.status).toBe("IN_PROGRESS");
    expect(detail.history.map((change) => change.toStatus)).toEqual(["RECEIVED", "IN_PROGRESS"]);

    // Handing over again to the same bemiddelaar keeps one row (new due date) and sends no new notification.
    const again = await handOverVacancy({ actor: owner, input: { vacancyId: vacancy.id, mediatorIds: [mediators[0]!.userId], dueDate: inDays(9) } });
    expect(again.added).toBe(0);
    expect(await prisma.vacancyHandover.count({ where: { vacancyId: vacancy.id } })).toBe(2);
    expect(await prisma.notification.count({ where: { userId: mediators[0]!.userId } })).toBe(1);
  });

  it("shows overdue handovers first in the bemiddelaar's list", async () => {
    const { owner, organisation, mediators } = await setup();
    const late = await createVacancy({ organisationId: organisation.id, title: "Te laat" });
    const soon = await createVacancy({ organisationId: organisation.id, title: "Binnenkort" });
    const mediator = mediators[0]!;
    await handOverVacancy({ actor: owner, input: { vacancyId: soon.id, mediatorIds: [mediator.userId], dueDate: inDays(3) } });
    await handOverVacancy({ actor: owner, input: { vacancyId: late.id, mediatorIds: [mediator.userId], dueDate: inDays(1) } });
    await prisma.vacancyHandover.updateMany({ where: { vacancyId: late.id }, data: { dueDate: new Date(`${inDays(-2)}T00:00:00Z`) } });
    const list = await findHandedOverVacancies({ actor: mediator });
    expect(list.map((row) => [row.title, row.overdue])).toEqual([
      ["Te laat", true],
      ["Binnenkort", false],
    ]);
  });

  it("sets only valid status steps, each with a history row", async () => {
    const { owner, vacancy } = await setup();
    await expect(setVacancyStatus({ actor: owner, input: { vacancyId: vacancy.id, status: "FILLED" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await setVacancyStatus({ actor: owner, input: { vacancyId: vacancy.id, status: "IN_PROGRESS" } });
    await setVacancyStatus({ actor: owner, input: { vacancyId: vacancy.id, status: "CANDIDATES_PROPOSED", note: "Twee kandidaten" } });
    await setVacancyStatus({ actor: owner, input: { vacancyId: vacancy.id, status: "FILLED" } });
    const changes = await prisma.vacancyStatusChange.findMany({ where: { vacancyId: vacancy.id }, orderBy: { at: "asc" } });
    expect(changes.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, "RECEIVED"],
      ["RECEIVED", "IN_PROGRESS"],
      ["IN_PROGRESS", "CANDIDATES_PROPOSED"],
      ["CANDIDATES_PROPOSED", "FILLED"],
    ]);
    await expect(closeVacancy({ actor: owner, input: { vacancyId: vacancy.id, reason: "Te laat" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("enriches, closes with a reason and records advice", async () => {
    const { ref, owner, vacancy } = await setup();
    const { submissionKey: _key, ...fields } = validVacancyInput(ref, { title: "Helpende plus", wantsJobCarvingAdvice: true });
    await enrichVacancy({ actor: owner, input: { ...fields, vacancyId: vacancy.id } });
    await recordAdvice({ actor: owner, input: { vacancyId: vacancy.id, kind: "JOB_CARVING", note: "Taken gesplitst", givenOn: todayIso() } });
    await expect(recordAdvice({ actor: owner, input: { vacancyId: vacancy.id, kind: "INSTRUMENT_ADVICE", instrumentCode: "GEEN", note: "LKS", givenOn: todayIso() } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await closeVacancy({ actor: owner, input: { vacancyId: vacancy.id, reason: "Werkgever vond zelf iemand" } });
    const detail = await getVacancyForActor({ actor: owner, vacancyId: vacancy.id });
    expect(detail).toMatchObject({ title: "Helpende plus", wantsJobCarvingAdvice: true, status: "CLOSED", closedReason: "Werkgever vond zelf iemand" });
    expect(detail.advice).toEqual([expect.objectContaining({ kind: "JOB_CARVING", note: "Taken gesplitst" })]);
    expect(detail.history.at(-1)).toMatchObject({ toStatus: "CLOSED", note: "Werkgever vond zelf iemand" });
  });
});

describe("refusals in the intake (look the same as not found)", () => {
  it("refuses a non-owner accountmanager on intake, handover, close and advice", async () => {
    const { ref, otherAm, vacancy, mediators } = await setup();
    const { submissionKey: _key, ...fields } = validVacancyInput(ref);
    const calls = [
      () => enrichVacancy({ actor: otherAm, input: { ...fields, vacancyId: vacancy.id } }),
      () => setVacancyStatus({ actor: otherAm, input: { vacancyId: vacancy.id, status: "IN_PROGRESS" } }),
      () => handOverVacancy({ actor: otherAm, input: { vacancyId: vacancy.id, mediatorIds: [mediators[0]!.userId], dueDate: inDays(3) } }),
      () => closeVacancy({ actor: otherAm, input: { vacancyId: vacancy.id, reason: "Weg ermee" } }),
      () => recordAdvice({ actor: otherAm, input: { vacancyId: vacancy.id, kind: "JOB_CARVING", note: "Advies", givenOn: todayIso() } }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Any accountmanager may read it (vacancy.read), but changes nothing.
    expect((await getVacancyForActor({ actor: otherAm, vacancyId: vacancy.id })).status).toBe("RECEIVED");
    expect(await prisma.vacancyHandover.count({ where: { vacancyId: vacancy.id } })).toBe(0);
    expect(await prisma.adviceRecord.count({ where: { vacancyId: vacancy.id } })).toBe(0);
  });

  it("refuses a bemiddelaar, an employer and a jobseeker on handover, status, close and advice", async () => {
    const { employer, jobseeker, vacancy, mediators } = await setup();
    for (const actor of [mediators[0]!, employer, jobseeker]) {
      await expect(handOverVacancy({ actor, input: { vacancyId: vacancy.id, mediatorIds: [mediators[1]!.userId], dueDate: inDays(3) } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setVacancyStatus({ actor, input: { vacancyId: vacancy.id, status: "IN_PROGRESS" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(closeVacancy({ actor, input: { vacancyId: vacancy.id, reason: "Weg ermee" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(recordAdvice({ actor, input: { vacancyId: vacancy.id, kind: "JOB_CARVING", note: "x y z", givenOn: todayIso() } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findIntakeVacancies({ actor, filter: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(findHandedOverVacancies({ actor: jobseeker })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.vacancyHandover.count({ where: { vacancyId: vacancy.id } })).toBe(0);
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status).toBe("RECEIVED");
  });
});
