import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createCandidate, createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createCaseNote } from "@/tests/factories/handovers";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createVacancy } from "@/tests/factories/vacancies";
import { addCaseNote } from "./add-case-note";
import { findCaseNotes } from "./find-case-notes";

async function expectError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError & { field?: string };
}

async function setUp() {
  const { owner, organisation, employer, ownerActor, employerActor } = await createEmployerWithOwner();
  const vacancy = await createVacancy({ organisationId: organisation.id, title: "Medewerker groen" });
  const bm = await createMediator({ name: "Femke Jansen" });
  const handedTo = await createMediator({ name: "Ricardo Martina" });
  const otherBm = await createMediator({ partnerCode: "UWV", name: "Kees Verhoeven" });
  await prisma.vacancyHandover.create({ data: { vacancyId: vacancy.id, mediatorId: handedTo.id, givenById: owner.id, dueDate: new Date("2026-12-01") } });
  const candidate = await createCandidate({ ownerId: bm.id, firstName: "Sanne", lastName: "Bakker" });
  await prisma.proposal.create({ data: { vacancyId: vacancy.id, candidateId: candidate.id, proposedById: bm.id, motivation: "Past goed bij het werk." } });
  return { owner, organisation, employer, ownerActor, employerActor, vacancy, bm, handedTo, otherBm, candidate };
}

describe("matchtafel notes (B8)", () => {
  it("a bemiddelaar links an own candidate: stored, audited, the others involved are told without the name", async () => {
    const { vacancy, bm, owner, handedTo, otherBm, candidate } = await setUp();
    const { id } = await addCaseNote({ actor: actorFor(bm), input: { vacancyId: vacancy.id, text: "Sanne kan direct starten, werkgever bellen.", candidateId: candidate.id } });
    expect(await prisma.caseNote.findUniqueOrThrow({ where: { id } })).toMatchObject({ authorId: bm.id, candidateId: candidate.id, vacancyId: vacancy.id });
    expect(await prisma.auditLog.findMany({ where: { candidateId: candidate.id, action: "caseNote.record" } })).toMatchObject([{ actorId: bm.id, entityId: id }]);
    const notes = await prisma.notification.findMany({ where: { kind: "caseNote.added" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([owner.id, handedTo.id].sort());
    for (const note of notes) expect(`${note.title} ${note.body}`).not.toMatch(/Sanne|Bakker/);
    expect(await prisma.notification.count({ where: { userId: { in: [bm.id, otherBm.id] } } })).toBe(0);
  });

  it("the same note sent twice quickly (double click) is stored once", async () => {
    const { vacancy, bm } = await setUp();
    const input = { vacancyId: vacancy.id, text: "Werkgever wil liever iemand met rijbewijs." };
    const [a, b] = await Promise.all([addCaseNote({ actor: actorFor(bm), input }), addCaseNote({ actor: actorFor(bm), input })]);
    expect(a.id).toBe(b.id);
    expect(await prisma.caseNote.count({ where: { vacancyId: vacancy.id } })).toBe(1);
  });

  it("the owner accountmanager reads the text, the linked candidate only as 'een kandidaat', and is not audited", async () => {
    const { vacancy, bm, ownerActor, candidate, otherBm } = await setUp();
    await createCaseNote({ vacancyId: vacancy.id, authorId: bm.id, candidateId: candidate.id, text: "Goed gesprek gehad.", createdAt: new Date("2026-11-20T10:00:00Z") });
    await addCaseNote({ actor: ownerActor, input: { vacancyId: vacancy.id, text: "Werkgever zoekt ook een tweede kracht." } });

    const forAm = await findCaseNotes({ actor: ownerActor, vacancyId: vacancy.id });
    expect(forAm.notes.map((n) => [n.text, n.candidate?.label ?? null, n.authorRole])).toEqual([
      ["Werkgever zoekt ook een tweede kracht.", null, "ACCOUNT_MANAGER"],
      ["Goed gesprek gehad.", "een kandidaat", "JOB_MEDIATOR"],
    ]);
    expect(forAm.candidateOptions).toEqual([]);
    expect(JSON.stringify(forAm)).not.toMatch(/Sanne|Bakker/);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, actorId: ownerActor.userId } })).toBe(0);

    const forOwner = await findCaseNotes({ actor: actorFor(bm), vacancyId: vacancy.id });
    expect(forOwner.notes[1]!.candidate).toEqual({ label: "Sanne Bakker" });
    expect(forOwner.candidateOptions).toEqual([{ id: candidate.id, name: "Sanne Bakker" }]);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, actorId: bm.id, action: "caseNote.read" } })).toBe(1);

    const forOther = await findCaseNotes({ actor: actorFor(otherBm), vacancyId: vacancy.id });
    expect(forOther.notes[1]!.candidate).toEqual({ label: "een kandidaat (bemiddelaar: Femke Jansen)" });
    expect(JSON.stringify(forOther)).not.toMatch(/Sanne|Bakker/);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, actorId: otherBm.id, action: "caseNote.read" } })).toBe(1);
  });

  it("employers, residents and the accountmanager of another employer can neither read nor write", async () => {
    const { vacancy, employerActor } = await setUp();
    const { ownerActor: otherAm } = await createEmployerWithOwner();
    const { user: resident } = await createJobseeker();
    const input = { vacancyId: vacancy.id, text: "Mag ik dit lezen?" };
    await expectError(findCaseNotes({ actor: employerActor, vacancyId: vacancy.id }), "FORBIDDEN");
    await expectError(findCaseNotes({ actor: actorFor(resident), vacancyId: vacancy.id }), "FORBIDDEN");
    await expectError(findCaseNotes({ actor: otherAm, vacancyId: vacancy.id }), "NOT_FOUND");
    await expectError(addCaseNote({ actor: employerActor, input }), "FORBIDDEN");
    await expectError(addCaseNote({ actor: actorFor(resident), input }), "FORBIDDEN");
    await expectError(addCaseNote({ actor: otherAm, input }), "NOT_FOUND");
    expect(await prisma.caseNote.count({ where: { vacancyId: vacancy.id } })).toBe(0);
  });

  it("refuses linking someone else's candidate, an accountmanager linking any candidate, and bad text; storing nothing", async () => {
    const { vacancy, ownerActor, otherBm, candidate } = await setUp();
    const notMine = await expectError(addCaseNote({ actor: actorFor(otherBm), input: { vacancyId: vacancy.id, text: "Over Sanne.", candidateId: candidate.id } }), "INVALID_INPUT");
    expect(notMine.field).toBe("candidateId");
    const am = await expectError(addCaseNote({ actor: ownerActor, input: { vacancyId: vacancy.id, text: "Over Sanne.", candidateId: candidate.id } }), "INVALID_INPUT");
    expect(am.field).toBe("candidateId");
    for (const text of ["", "   ", "x".repeat(2001), "<script>"]) {
      await expectError(addCaseNote({ actor: actorFor(otherBm), input: { vacancyId: vacancy.id, text } }), "INVALID_INPUT");
    }
    expect(await prisma.caseNote.count({ where: { vacancyId: vacancy.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id } })).toBe(0);
  });
});
