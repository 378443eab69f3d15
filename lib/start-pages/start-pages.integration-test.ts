import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createOrganisation } from "@/tests/factories/organisations";
import { createUser } from "@/tests/factories/users";
import { getContactPerson } from "@/lib/questions/get-contact-person";
import { NO_PASSWORD_HASH } from "@/lib/auth/password";
import { getAdminOverview } from "./get-admin-overview";
import { getEmployerStart } from "./get-employer-start";
import { getJobseekerStart } from "./get-jobseeker-start";
import { getProfessionalStart } from "./get-professional-start";

function actorOf(user: { id: string; role: Actor["role"]; name: string; organisationId: string | null }): Actor {
  return { userId: user.id, role: user.role, name: user.name, organisationId: user.organisationId, partnerOrganisationId: null };
}

async function vacancy(organisationId: string, status: "RECEIVED" | "FILLED" = "RECEIVED") {
  await prisma.occupationClass.upsert({ where: { code: "T" }, create: { code: "T", name: "Test" }, update: {} });
  return prisma.vacancy.create({
    data: { organisationId, title: "Monteur", occupationClassCode: "T", description: "x", hoursPerWeek: 32, location: "Hilversum", contractType: "PERMANENT", status },
  });
}

describe("start pages", () => {
  it("shows an employer their own organisation, contact person and counts only", async () => {
    const owner = await createUser({ role: "ACCOUNT_MANAGER", name: "Anna Accountmanager", phone: "035 123 45 67" });
    const mine = await createOrganisation({ ownerId: owner.id, legalName: "Mijn BV" });
    const other = await createOrganisation({ ownerId: owner.id, legalName: "Ander BV" });
    await vacancy(mine.id);
    await vacancy(mine.id, "FILLED");
    await vacancy(other.id);
    const employer = await createUser({ role: "EMPLOYER", organisationId: mine.id });

    const start = await getEmployerStart(actorOf(employer));
    expect(start.vacancyCounts).toEqual({ RECEIVED: 1, FILLED: 1 });
    const contact = await getContactPerson(actorOf(employer));
    expect(contact?.organisationName).toBe("Mijn BV");
    expect(contact?.contactPerson).toMatchObject({ name: "Anna Accountmanager", initials: "AA", phone: "035 123 45 67", email: owner.email });
  });

  it("counts as active only accounts that can sign in: not blocked, and past the invitation", async () => {
    const admin = actorOf(await createUser({ role: "ADMIN" }));
    const count = async () => (await getAdminOverview(admin)).usersPerRole.REGIONAL_STAFF ?? 0;
    const before = await count();
    const invited = await createUser({ role: "REGIONAL_STAFF" });
    await prisma.user.update({ where: { id: invited.id }, data: { passwordHash: NO_PASSWORD_HASH } });
    await createUser({ role: "REGIONAL_STAFF" });
    expect(await count()).toBe(before + 1);
  });

  it("refuses roles a start page is not for", async () => {
    const jobseeker = actorOf(await createUser({ role: "JOBSEEKER" }));
    const employer = actorOf(await createUser({ role: "EMPLOYER" }));
    await expect(getEmployerStart(jobseeker)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getJobseekerStart(employer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getProfessionalStart(jobseeker)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAdminOverview(actorOf(await createUser({ role: "REGIONAL_STAFF" })))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists only the employers an accountmanager owns", async () => {
    const am = await createUser({ role: "ACCOUNT_MANAGER" });
    const otherAm = await createUser({ role: "ACCOUNT_MANAGER" });
    const owned = await createOrganisation({ ownerId: am.id, legalName: "Eigen BV" });
    await createOrganisation({ ownerId: otherAm.id, legalName: "Niet van mij BV" });
    const asker = await createUser({ role: "EMPLOYER", organisationId: owned.id });
    await prisma.question.create({ data: { organisationId: owned.id, askedById: asker.id, topic: "FIND_STAFF", text: "Hulp?" } });

    const start = await getProfessionalStart(actorOf(am));
    expect(start).toMatchObject({ kind: "ACCOUNT_MANAGER", employerCount: 1, openQuestionCount: 1 });
    expect(start.kind === "ACCOUNT_MANAGER" && start.employers.map((e) => e.name)).toEqual(["Eigen BV"]);
  });

  it("shows a bemiddelaar their caseload count and vacancies handed to them", async () => {
    const bm = await createUser({ role: "JOB_MEDIATOR" });
    const am = await createUser({ role: "ACCOUNT_MANAGER" });
    const organisation = await createOrganisation({ ownerId: am.id });
    const handed = await vacancy(organisation.id);
    await prisma.vacancyHandover.create({ data: { vacancyId: handed.id, mediatorId: bm.id, givenById: am.id, dueDate: new Date("2020-01-01") } });
    await prisma.candidate.create({ data: { firstName: "Kim", lastName: "Kandidaat", ownerId: bm.id } });
    await prisma.candidate.create({ data: { firstName: "Ander", lastName: "Kandidaat" } });

    const start = await getProfessionalStart(actorOf(bm));
    expect(start).toMatchObject({ kind: "JOB_MEDIATOR", candidateCount: 1 });
    expect(start.kind === "JOB_MEDIATOR" && start.handedVacancies).toEqual([expect.objectContaining({ id: handed.id, overdue: true })]);
  });

  it("shows a jobseeker their own bemiddelaar and nobody else's", async () => {
    const bm = await createUser({ role: "JOB_MEDIATOR", name: "Bram Bemiddelaar" });
    const jobseeker = await createUser({ role: "JOBSEEKER" });
    await prisma.candidate.create({ data: { firstName: "J", lastName: "Z", userId: jobseeker.id, ownerId: bm.id } });
    expect(await getJobseekerStart(actorOf(jobseeker))).toMatchObject({ registered: true, mediator: { name: "Bram Bemiddelaar" } });
    expect(await getJobseekerStart(actorOf(await createUser({ role: "JOBSEEKER" })))).toEqual({ registered: false, mediator: null, helpRequests: [] });
  });

  it("gives admin the number of users per role", async () => {
    const admin = actorOf(await createUser({ role: "ADMIN" }));
    expect((await getAdminOverview(admin)).usersPerRole.ADMIN).toBeGreaterThanOrEqual(1);
  });
});
