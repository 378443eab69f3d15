import { describe, expect, it } from "vitest";
import type { VacancyStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getCandidateDossier } from "@/lib/caseload/get-candidate-dossier";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createWorkArea } from "@/tests/factories/organisations";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { createVacancy, ensureVacancyReferenceData, validVacancyInput } from "@/tests/factories/vacancies";
import { createVacancy as submitVacancy } from "@/lib/vacancies/create-vacancy";
import { setVacancyStatus } from "@/lib/vacancies/set-vacancy-status";
import { handOverVacancy } from "@/lib/vacancies/hand-over-vacancy";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { expressInterest } from "./express-interest";
import { findMyInterest } from "./find-my-interest";
import { findPublicVacancies } from "./find-public-vacancies";
import { getPublicVacancy } from "./get-public-vacancy";
import { parsePublicVacancySearch } from "./schemas";

async function expectError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

/** One employer with vacancies in every combination of public/open; titles carry a unique token to search on. */
async function setUp() {
  const token = `tok${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
  const { owner, organisation, employer, employerActor } = await createEmployerWithOwner({ legalName: `Zorggroep ${token} B.V.` });
  await prisma.organisation.update({ where: { id: organisation.id }, data: { tradeName: `Zorggroep ${token}`, email: "hr@zorggroep.test", phone: "035-1234567" } });
  const make = (title: string, status: VacancyStatus, isPublic: boolean) =>
    createVacancy({ organisationId: organisation.id, createdById: employer.id, title: `${title} ${token}`, status, isPublic });
  const open = await make("Verzorgende", "IN_PROGRESS", true);
  const takenIn = await make("Helpende", "IN_PROGRESS", true);
  const received = await make("Gastvrouw", "RECEIVED", true); // public, but not taken in yet
  const proposed = await make("Schoonmaker", "CANDIDATES_PROPOSED", true);
  const notPublic = await make("Kok", "IN_PROGRESS", false);
  const filled = await make("Monteur", "FILLED", true);
  const closed = await make("Chauffeur", "CLOSED", true);
  return { token, owner, organisation, employer, employerActor, open, takenIn, received, proposed, notPublic, filled, closed };
}

const search = (params: Record<string, string>) => parsePublicVacancySearch(params);

describe("public vacancy list (P5)", () => {
  it("lists only open vacancies the employer marked public and the accountmanager took in", async () => {
    const { token, open, takenIn, proposed } = await setUp();
    const result = await findPublicVacancies(search({ q: token }));
    expect(result.items.map((v) => v.id).sort()).toEqual([open.id, takenIn.id, proposed.id].sort());
    expect(result.total).toBe(3);
  });

  it("returns no personal data: only job fields and the employer's name", async () => {
    const { token, open } = await setUp();
    const item = (await findPublicVacancies(search({ q: `Verzorgende ${token}` }))).items[0]!;
    expect(Object.keys(item).sort()).toEqual(
      ["contractType", "description", "employer", "hoursPerWeek", "id", "occupationClass", "place", "publishedAt", "startDate", "title", "trialPlacementWelcome", "workArea"].sort(),
    );
    expect(item).toMatchObject({ id: open.id, employer: `Zorggroep ${token}`, place: "Hilversum", workArea: "Hilversum", occupationClass: { code: "ZOR" } });
    const json = JSON.stringify(item);
    for (const secret of ["hr@zorggroep.test", "035-1234567", "createdBy", "organisationId", "Erik Werkgever", "Anna Accountmanager"]) expect(json).not.toContain(secret);
    const detail = await getPublicVacancy(open.id);
    expect(Object.keys(detail ?? {}).sort()).toEqual(Object.keys(item).sort());
  });

  it("filters on search text, work area, occupation class and minimum hours; pages", async () => {
    const { token, open, takenIn, proposed } = await setUp();
    const otherArea = await createWorkArea();
    await prisma.occupationClass.upsert({ where: { code: "DIE" }, update: {}, create: { code: "DIE", name: "Dienstverlening" } });
    await prisma.vacancy.update({ where: { id: takenIn.id }, data: { workAreaId: otherArea.id, hoursPerWeek: 16, description: "Werken in de keuken van een verpleeghuis." } });
    await prisma.vacancy.update({ where: { id: proposed.id }, data: { occupationClassCode: "DIE", hoursPerWeek: 36 } });

    const ids = async (params: Record<string, string>) => (await findPublicVacancies(search({ q: token, ...params }))).items.map((v) => v.id).sort();
    expect((await findPublicVacancies(search({ q: "verpleeghuis" }))).items.map((v) => v.id)).toContain(takenIn.id);
    expect((await findPublicVacancies(search({ q: "VERPLEEGHUIS" }))).items.map((v) => v.id)).toContain(takenIn.id);
    expect(await ids({ workArea: otherArea.id })).toEqual([takenIn.id]);
    expect(await ids({ occupationClass: "DIE" })).toEqual([proposed.id]);
    expect(await ids({ hoursMin: "32" })).toEqual([open.id, proposed.id].sort());
    expect(await ids({ hoursMin: "niet-een-getal" })).toHaveLength(3); // a hand-edited URL drops the filter
    expect((await findPublicVacancies(search({ q: "100%_" }))).total).toBe(0); // wildcards are literal

    const page2 = await findPublicVacancies({ ...search({ q: token }), page: 2 });
    expect(page2).toMatchObject({ page: 1, pageCount: 1 }); // clamped to the last page
  });

  it("the detail page only exists for public, open vacancies past the intake", async () => {
    const { open, received, notPublic, filled, closed } = await setUp();
    expect((await getPublicVacancy(open.id))?.description).toBe("Een testvacature met een beschrijving van het werk.");
    for (const hidden of [received, notPublic, filled, closed]) expect(await getPublicVacancy(hidden.id)).toBeNull();
    expect(await getPublicVacancy("bestaat-niet")).toBeNull();
  });
});

describe("expressing interest (J5)", () => {
  it("stores one row, tells the owner bemiddelaar with a link to the dossier; a second click is a no-op", async () => {
    const { open } = await setUp();
    const bm = await createMediator({ name: "Femke Jansen" });
    const { user, candidate } = await createJobseeker({ ownerId: bm.id, firstName: "Sanne", lastName: "Bakker" });
    const actor = actorFor(user);

    expect(await findMyInterest({ actor, vacancyId: open.id })).toBe("notYet");
    expect(await expressInterest({ actor, input: { vacancyId: open.id } })).toEqual({ created: true, ownerNotified: true });
    expect(await expressInterest({ actor, input: { vacancyId: open.id } })).toEqual({ created: false, ownerNotified: false });
    expect(await findMyInterest({ actor, vacancyId: open.id })).toBe("interested");

    expect(await prisma.vacancyInterest.count({ where: { candidateId: candidate.id } })).toBe(1);
    const notes = await prisma.notification.findMany({ where: { kind: "vacancy.interest", userId: bm.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!).toMatchObject({ link: `/professional/kandidaten/${candidate.id}` });
    expect(notes[0]!.title).toContain(open.title);
  });

  it("two concurrent requests still make one row and one notification", async () => {
    const { takenIn } = await setUp();
    const bm = await createMediator();
    const { user, candidate } = await createJobseeker({ ownerId: bm.id });
    const results = await Promise.all([
      expressInterest({ actor: actorFor(user), input: { vacancyId: takenIn.id } }),
      expressInterest({ actor: actorFor(user), input: { vacancyId: takenIn.id } }),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.vacancyInterest.count({ where: { candidateId: candidate.id, vacancyId: takenIn.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { kind: "vacancy.interest", userId: bm.id } })).toBe(1);
  });

  it("a resident without a bemiddelaar: the interest is saved, nobody is notified yet", async () => {
    const { open } = await setUp();
    const { user, candidate } = await createJobseeker({ ownerId: null });
    const before = await prisma.notification.count({ where: { kind: "vacancy.interest" } });
    expect(await expressInterest({ actor: actorFor(user), input: { vacancyId: open.id } })).toEqual({ created: true, ownerNotified: false });
    expect(await prisma.vacancyInterest.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { kind: "vacancy.interest" } })).toBe(before);
  });

  it("refuses a vacancy that is not public, not taken in or no longer open with NOT_FOUND, and stores nothing", async () => {
    const { received, notPublic, filled, closed } = await setUp();
    const { user, candidate } = await createJobseeker({ ownerId: (await createMediator()).id });
    for (const vacancy of [received, notPublic, filled, closed]) await expectError(expressInterest({ actor: actorFor(user), input: { vacancyId: vacancy.id } }), "NOT_FOUND");
    await expectError(expressInterest({ actor: actorFor(user), input: { vacancyId: "bestaat-niet" } }), "NOT_FOUND");
    expect(await prisma.vacancyInterest.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it("refuses employers, accountmanagers, bemiddelaars and other professionals with FORBIDDEN", async () => {
    const { open, owner, employerActor } = await setUp();
    const bm = await createMediator();
    const staff = await createUser({ role: "REGIONAL_STAFF" });
    const admin = await createUser({ role: "ADMIN" });
    for (const actor of [employerActor, actorFor(owner), actorFor(bm), actorFor(staff), actorFor(admin)]) {
      await expectError(expressInterest({ actor, input: { vacancyId: open.id } }), "FORBIDDEN");
    }
    expect(await prisma.vacancyInterest.count({ where: { vacancyId: open.id } })).toBe(0);
  });

  it("a resident account without a candidate record is told to register first", async () => {
    const { open } = await setUp();
    const user = await createUser({ role: "JOBSEEKER" });
    await expectError(expressInterest({ actor: actorFor(user), input: { vacancyId: open.id } }), "NOT_FOUND");
    expect(await findMyInterest({ actor: actorFor(user), vacancyId: open.id })).toBe("noCandidate");
  });

  it("the owner sees the interest on the (audited) dossier; another bemiddelaar cannot open it", async () => {
    const { open, token } = await setUp();
    const bm = await createMediator();
    const otherBm = await createMediator();
    const { user, candidate } = await createJobseeker({ ownerId: bm.id });
    await expressInterest({ actor: actorFor(user), input: { vacancyId: open.id } });

    const dossier = await getCandidateDossier({ actor: actorFor(bm), candidateId: candidate.id });
    expect(dossier.vacancyInterests).toEqual([expect.objectContaining({ vacancyId: open.id, title: open.title, employer: `Zorggroep ${token}` })]);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, actorId: bm.id, action: "candidate.read" } })).toBe(1);
    await expectError(getCandidateDossier({ actor: actorFor(otherBm), candidateId: candidate.id }), "NOT_FOUND");
  });
});

describe("publication after the owner accountmanager's intake (issue 15, finding 3)", () => {
  it("an employer's public vacancy is not on /vacatures until the owner accountmanager took it in", async () => {
    const ref = await ensureVacancyReferenceData();
    const { owner, employerActor } = await createEmployerWithOwner();
    const title = `Nachtdienst ${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const { id } = await submitVacancy({ actor: employerActor, input: validVacancyInput(ref, { title, isPublic: true }) });
    const bm = await createMediator();
    const { user } = await createJobseeker({ ownerId: bm.id });

    // Not listed, no detail page, no interest: nobody at the Werkcentrum has looked at it yet.
    expect((await findPublicVacancies(search({ q: title }))).total).toBe(0);
    expect(await getPublicVacancy(id)).toBeNull();
    await expectError(expressInterest({ actor: actorFor(user), input: { vacancyId: id } }), "NOT_FOUND");

    // The owner accountmanager takes it in ("in behandeling"): from then on it is public.
    await setVacancyStatus({ actor: actorFor(owner), input: { vacancyId: id, status: "IN_PROGRESS" } });
    expect((await findPublicVacancies(search({ q: title }))).items.map((v) => v.id)).toEqual([id]);
    expect(await getPublicVacancy(id)).not.toBeNull();
    expect(await expressInterest({ actor: actorFor(user), input: { vacancyId: id } })).toMatchObject({ created: true });
  });

  it("handing the vacancy over to bemiddeling is an intake too", async () => {
    const ref = await ensureVacancyReferenceData();
    const { owner, employerActor } = await createEmployerWithOwner();
    const title = `Avonddienst ${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const { id } = await submitVacancy({ actor: employerActor, input: validVacancyInput(ref, { title, isPublic: true }) });
    expect(await getPublicVacancy(id)).toBeNull();
    const bm = await createMediator();
    await handOverVacancy({ actor: actorFor(owner), input: { vacancyId: id, mediatorIds: [bm.id], dueDate: addDaysIso(todayIso(), 5) } });
    expect(await getPublicVacancy(id)).not.toBeNull();
  });
});

describe("a limit per account on showing interest (finding 15.3)", () => {
  it("refuses the (N+1)th request of one resident within the hour in Dutch and writes nothing", async () => {
    const { open, received } = await setUp();
    const { user } = await createJobseeker({ ownerId: (await createMediator()).id });
    const actor = actorFor(user);
    for (let i = 0; i < THROTTLE.vacancyInterestAccount.max; i += 1) await expressInterest({ actor, input: { vacancyId: open.id } });
    await expect(expressInterest({ actor, input: { vacancyId: received.id } })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      userMessage: expect.stringMatching(/^U heeft dit te vaak gedaan\. Probeer het over \d+ minuten? opnieuw\.$/),
    });
    expect(await prisma.vacancyInterest.count({ where: { vacancyId: received.id } })).toBe(0);
  });
});
