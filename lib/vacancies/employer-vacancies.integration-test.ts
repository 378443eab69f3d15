import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createAccountManager, createEmployerUser, createOrganisation } from "@/tests/factories/organisations";
import { createUser } from "@/tests/factories/users";
import { createVacancy as createVacancyRow, ensureVacancyReferenceData, invalidVacancyCases, validVacancyInput } from "@/tests/factories/vacancies";
import { createVacancy } from "./create-vacancy";
import { findOrganisationVacancies } from "./find-organisation-vacancies";
import { getVacancyForActor } from "./get-vacancy-for-actor";
import { updateVacancy } from "./update-vacancy";
import { withdrawVacancy } from "./withdraw-vacancy";

type UserRow = { id: string; role: Actor["role"]; name: string; organisationId: string | null };
const randomSuffix = () => Math.random().toString(36).slice(2, 10);
const actorOf = (user: UserRow): Actor => ({ userId: user.id, role: user.role, name: user.name, organisationId: user.organisationId, partnerOrganisationId: null });

async function employerWithOwner() {
  const ref = await ensureVacancyReferenceData();
  const owner = await createAccountManager();
  const organisation = await createOrganisation({ ownerId: owner.id });
  const employer = actorOf(await createEmployerUser({ organisationId: organisation.id }));
  return { ref, owner, organisation, employer };
}

describe("createVacancy (E2)", () => {
  it("stores the vacancy with skills, the first history row and notifies the owner accountmanager", async () => {
    const { ref, owner, organisation, employer } = await employerWithOwner();
    const { id, created } = await createVacancy({ actor: employer, input: validVacancyInput(ref) });
    expect(created).toBe(true);

    const vacancy = await prisma.vacancy.findUniqueOrThrow({ where: { id }, include: { skills: true, statusChanges: true } });
    expect(vacancy).toMatchObject({ organisationId: organisation.id, status: "RECEIVED", hoursPerWeek: 24, createdById: employer.userId, trialPlacementWelcome: true });
    expect(vacancy.skills).toHaveLength(2);
    expect(vacancy.statusChanges).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "RECEIVED", byUserId: employer.userId })]);

    const notifications = await prisma.notification.findMany({ where: { userId: owner.id } });
    expect(notifications).toEqual([expect.objectContaining({ kind: "vacancy.received", title: "Nieuwe vacature", link: `/professional/vacatures/${id}` })]);

    const list = await findOrganisationVacancies({ actor: employer });
    expect(list.map((row) => [row.id, row.status])).toEqual([[id, "RECEIVED"]]);
  });

  it("creates ONE vacancy for a double submission (Promise.all) and for a resend", async () => {
    const { ref, owner, organisation, employer } = await employerWithOwner();
    const input = validVacancyInput(ref);
    const results = await Promise.all([createVacancy({ actor: employer, input }), createVacancy({ actor: employer, input })]);
    expect(results[0].id).toBe(results[1].id);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const resend = await createVacancy({ actor: employer, input });
    expect(resend).toEqual({ id: results[0].id, created: false });
    expect(await prisma.vacancy.count({ where: { organisationId: organisation.id } })).toBe(1);
    expect(await prisma.vacancyStatusChange.count({ where: { vacancyId: results[0].id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: owner.id } })).toBe(1);
  });

  // The Dutch messages at the field are tested through the server action in app/(employer)/werkgever/vacatures/actions.integration-test.ts.
  it("stores nothing for bad input", async () => {
    const { ref, organisation, employer } = await employerWithOwner();
    for (const [overrides] of invalidVacancyCases()) {
      await expect(createVacancy({ actor: employer, input: validVacancyInput(ref, overrides) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await prisma.vacancy.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  it("refuses a jobseeker, a bemiddelaar and an employer without organisation", async () => {
    const ref = await ensureVacancyReferenceData();
    const before = await prisma.vacancy.count();
    for (const role of ["JOBSEEKER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const user = actorOf(await createUser({ role }));
      await expect(createVacancy({ actor: user, input: validVacancyInput(ref) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const loose = actorOf(await createEmployerUser({ organisationId: null }));
    await expect(createVacancy({ actor: loose, input: validVacancyInput(ref) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.vacancy.count()).toBe(before);
  });
});

describe("retired skills (issue 14 O4)", () => {
  it("are refused as a new choice, and stay on a vacancy that already has them", async () => {
    const { ref, employer } = await employerWithOwner();
    const retired = `vervallen-${randomSuffix()}`;
    await prisma.skill.create({ data: { code: retired, label: `Vervallen ${retired}`, kind: "basis" } });
    const withRetired = { skills: [{ skillCode: retired, level: 2 }] };
    const { id } = await createVacancy({ actor: employer, input: validVacancyInput(ref, withRetired) });
    await prisma.skill.update({ where: { code: retired }, data: { retiredAt: new Date() } });

    const { submissionKey: _key, ...fields } = validVacancyInput(ref, { ...withRetired, title: "Nog steeds met de oude vaardigheid" });
    await updateVacancy({ actor: employer, input: { ...fields, vacancyId: id } });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id }, include: { skills: true } })).skills.map((skill) => skill.skillCode)).toEqual([retired]);

    const before = await prisma.vacancy.count();
    await expect(createVacancy({ actor: employer, input: validVacancyInput(ref, withRetired) })).rejects.toMatchObject({
      field: "skills",
      userMessage: expect.stringContaining("bestaat niet (meer)"),
    });
    expect(await prisma.vacancy.count()).toBe(before);
  });
});

describe("editing and withdrawing (E2)", () => {
  it("lets the employer edit only while the vacancy is ontvangen", async () => {
    const { ref, employer } = await employerWithOwner();
    const { id } = await createVacancy({ actor: employer, input: validVacancyInput(ref) });
    const { submissionKey: _key, ...fields } = validVacancyInput(ref, { title: "Verzorgende IG nacht", hoursPerWeek: 32, skills: [{ skillCode: "lassen", level: 4 }] });
    await updateVacancy({ actor: employer, input: { ...fields, vacancyId: id } });
    const updated = await prisma.vacancy.findUniqueOrThrow({ where: { id }, include: { skills: true } });
    expect(updated).toMatchObject({ title: "Verzorgende IG nacht", hoursPerWeek: 32 });
    expect(updated.skills.map((skill) => [skill.skillCode, skill.level])).toEqual([["lassen", 4]]);

    await prisma.vacancy.update({ where: { id }, data: { status: "IN_PROGRESS" } });
    await expect(updateVacancy({ actor: employer, input: { ...fields, title: "Anders", vacancyId: id } })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/in behandeling genomen/),
    });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id } })).title).toBe("Verzorgende IG nacht");
  });

  it("withdraws: gesloten with reason 'Ingetrokken door werkgever' and a history row", async () => {
    const { ref, employer } = await employerWithOwner();
    const { id } = await createVacancy({ actor: employer, input: validVacancyInput(ref) });
    await withdrawVacancy({ actor: employer, input: { vacancyId: id } });
    const vacancy = await prisma.vacancy.findUniqueOrThrow({ where: { id } });
    expect(vacancy).toMatchObject({ status: "CLOSED", closedReason: "Ingetrokken door werkgever" });
    const detail = await getVacancyForActor({ actor: employer, vacancyId: id });
    expect(detail.history.map((change) => change.toStatus)).toEqual(["RECEIVED", "CLOSED"]);
    expect(detail.handovers).toEqual([]);
    await expect(withdrawVacancy({ actor: employer, input: { vacancyId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("treats another organisation's vacancy as not found on read, edit and withdraw", async () => {
    const { ref, employer } = await employerWithOwner();
    const other = await employerWithOwner();
    const foreign = await createVacancyRow({ organisationId: other.organisation.id, title: "Van een ander" });
    const { submissionKey: _key, ...fields } = validVacancyInput(ref);
    await expect(getVacancyForActor({ actor: employer, vacancyId: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateVacancy({ actor: employer, input: { ...fields, vacancyId: foreign.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawVacancy({ actor: employer, input: { vacancyId: foreign.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same answer as for an id that does not exist at all.
    await expect(withdrawVacancy({ actor: employer, input: { vacancyId: "bestaat-niet" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findOrganisationVacancies({ actor: employer })).toEqual([]);
    expect(await prisma.vacancy.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ title: "Van een ander", status: "RECEIVED" });
  });

  it("refuses a jobseeker on read, edit and withdraw", async () => {
    const { organisation } = await employerWithOwner();
    const ref = await ensureVacancyReferenceData();
    const vacancy = await createVacancyRow({ organisationId: organisation.id, isPublic: true });
    const jobseeker = actorOf(await createUser({ role: "JOBSEEKER" }));
    const { submissionKey: _key, ...fields } = validVacancyInput(ref);
    await expect(getVacancyForActor({ actor: jobseeker, vacancyId: vacancy.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateVacancy({ actor: jobseeker, input: { ...fields, vacancyId: vacancy.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawVacancy({ actor: jobseeker, input: { vacancyId: vacancy.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
