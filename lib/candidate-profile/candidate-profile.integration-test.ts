import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCandidate, createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createWorkArea } from "@/tests/factories/organisations";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";
import { findOwnCandidateId } from "./find-own-candidate";
import { getCandidateProfile } from "./get-candidate-profile";
import { saveCandidateProfile } from "./save-candidate-profile";

async function setup() {
  const ref = await ensureVacancyReferenceData();
  const gooi = await createWorkArea({ name: "Gooi en Vechtstreek-Noord" });
  const owner = await createMediator();
  const { user, candidate } = await createJobseeker({
    ownerId: owner.id,
    hoursPerWeekMin: 16,
    hoursPerWeekMax: 24,
    skills: [{ skillCode: "lassen", level: 2 }],
    occupationClassCodes: ["TEC"],
    workAreaIds: [gooi.id],
  });
  const input = (overrides: Record<string, unknown> = {}) => ({
    candidateId: candidate.id,
    skills: [
      { skillCode: "persoonlijke-verzorging", level: 3 },
      { skillCode: "samenwerken", level: 4 },
    ],
    occupationClassCodes: ["ZOR"],
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    workAreaIds: [ref.workAreaId],
    maxTravelMinutes: 45,
    availableFrom: "2027-01-04",
    educationLevel: "MBO2",
    languages: ["Nederlands", "Tigrinya"],
    drivingLicence: true,
    ...overrides,
  });
  return { ref, gooi, owner, ownerActor: actorFor(owner), resident: actorFor(user), candidate, input };
}

async function storedProfile(candidateId: string) {
  return prisma.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    select: {
      hoursPerWeekMin: true,
      hoursPerWeekMax: true,
      maxTravelMinutes: true,
      availableFrom: true,
      educationLevel: true,
      languages: true,
      drivingLicence: true,
      skills: { select: { skillCode: true, level: true }, orderBy: { skillCode: "asc" } },
      occupationWishes: { select: { occupationClassCode: true } },
      workAreaWishes: { select: { workAreaId: true } },
    },
  });
}

const auditOf = (candidateId: string) => prisma.auditLog.findMany({ where: { candidateId }, orderBy: { id: "asc" } });

describe("saveCandidateProfile", () => {
  it("lets the resident save their own profile, replacing skills and wishes, without an audit entry", async () => {
    const { ref, resident, candidate, input } = await setup();
    await saveCandidateProfile({ actor: resident, input: input() });
    expect(await storedProfile(candidate.id)).toEqual({
      hoursPerWeekMin: 24,
      hoursPerWeekMax: 32,
      maxTravelMinutes: 45,
      availableFrom: new Date("2027-01-04T00:00:00.000Z"),
      educationLevel: "MBO2",
      languages: ["Nederlands", "Tigrinya"],
      drivingLicence: true,
      skills: [
        { skillCode: "persoonlijke-verzorging", level: 3 },
        { skillCode: "samenwerken", level: 4 },
      ],
      occupationWishes: [{ occupationClassCode: "ZOR" }],
      workAreaWishes: [{ workAreaId: ref.workAreaId }],
    });
    expect(await auditOf(candidate.id)).toEqual([]);

    const view = await getCandidateProfile({ actor: resident, candidateId: candidate.id });
    expect(view.values).toMatchObject({ availableFrom: "2027-01-04", hoursPerWeekMax: 32, occupationClassCodes: ["ZOR"] });
    expect(await auditOf(candidate.id)).toEqual([]);
  });

  it("lets the owner bemiddelaar read and save, each with an audit entry", async () => {
    const { owner, ownerActor, candidate, input } = await setup();
    const view = await getCandidateProfile({ actor: ownerActor, candidateId: candidate.id });
    expect(view.values.skills).toEqual([{ skillCode: "lassen", level: 2 }]);
    await saveCandidateProfile({ actor: ownerActor, input: input({ skills: [] }) });
    expect((await storedProfile(candidate.id)).skills).toEqual([]);
    expect(await auditOf(candidate.id)).toMatchObject([
      { actorId: owner.id, actorRole: "JOB_MEDIATOR", actorOrganisation: "Partner GEMEENTE", action: "candidate.read", purpose: "Profiel bekijken" },
      { actorId: owner.id, actorRole: "JOB_MEDIATOR", action: "candidate.update", purpose: "Profiel bijwerken" },
    ]);
  });

  it("keeps a retired skill on a profile that has it, and refuses it as a new choice (issue 14 O4)", async () => {
    const { resident, candidate, input } = await setup();
    const retired = `oud-vak-${candidate.id}`;
    await prisma.skill.create({ data: { code: retired, label: `Oud vak ${candidate.id}`, kind: "basis" } });
    await saveCandidateProfile({ actor: resident, input: input({ skills: [{ skillCode: retired, level: 2 }] }) });
    await prisma.skill.update({ where: { code: retired }, data: { retiredAt: new Date() } });

    await saveCandidateProfile({ actor: resident, input: input({ skills: [{ skillCode: retired, level: 3 }] }) });
    expect((await storedProfile(candidate.id)).skills).toEqual([{ skillCode: retired, level: 3 }]);

    const other = await setup();
    await expect(saveCandidateProfile({ actor: other.resident, input: other.input({ skills: [{ skillCode: retired, level: 3 }] }) })).rejects.toMatchObject({
      field: "skills",
      userMessage: expect.stringContaining("bestaat niet (meer)"),
    });
    expect((await storedProfile(other.candidate.id)).skills).toEqual([{ skillCode: "lassen", level: 2 }]);
  });

  it("refuses everyone else with NOT_FOUND or FORBIDDEN, changes nothing and reveals nothing", async () => {
    const { candidate, input } = await setup();
    const before = await storedProfile(candidate.id);
    const otherResident = actorFor((await createJobseeker()).user);
    const otherMediator = actorFor(await createMediator());
    const { ownerActor: accountManager, employerActor: employer } = await createEmployerWithOwner();
    const staff = actorFor(await createUser({ role: "REGIONAL_STAFF" }));
    const admin = actorFor(await createUser({ role: "ADMIN" }));

    const refusals: [string, ReturnType<typeof actorFor>, string][] = [
      ["other resident", otherResident, "NOT_FOUND"],
      ["non-owner bemiddelaar", otherMediator, "NOT_FOUND"],
      ["accountmanager", accountManager, "FORBIDDEN"],
      ["employer", employer, "FORBIDDEN"],
      ["regional staff", staff, "FORBIDDEN"],
      ["admin", admin, "FORBIDDEN"],
    ];
    for (const [who, actor, code] of refusals) {
      await expect(saveCandidateProfile({ actor, input: input() }), who).rejects.toMatchObject({ code });
      await expect(getCandidateProfile({ actor, candidateId: candidate.id }), who).rejects.toMatchObject({ code });
    }
    // An id that does not exist gets the same answer as one that is not yours.
    await expect(saveCandidateProfile({ actor: otherMediator, input: input({ candidateId: "bestaat-niet" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await storedProfile(candidate.id)).toEqual(before);
    expect(await auditOf(candidate.id)).toEqual([]);
  });

  it("refuses a bemiddelaar who only received a handover: editing is for the owner", async () => {
    const { candidate, input } = await setup();
    const receiver = await createMediator({ partnerCode: "UWV" });
    await prisma.handover.create({
      data: {
        candidateId: candidate.id,
        fromUserId: candidate.ownerId!,
        toPartnerOrganisationId: receiver.partnerOrganisationId!,
        reason: "Warme overdracht",
        deadline: new Date(Date.now() + 86_400_000),
        status: "ACCEPTED",
        acceptedById: receiver.id,
      },
    });
    await expect(saveCandidateProfile({ actor: actorFor(receiver), input: input() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an unknown skill, occupation class or work area at its field and stores nothing", async () => {
    const { resident, ownerActor, candidate, input } = await setup();
    const before = await storedProfile(candidate.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ skills: [{ skillCode: "bestaat-niet", level: 2 }] }, "skills"],
      [{ occupationClassCodes: ["ZOR", "XXX"] }, "occupationClassCodes"],
      [{ workAreaIds: ["geen-werkgebied"] }, "workAreaIds"],
    ];
    for (const [overrides, field] of cases) {
      const error = await saveCandidateProfile({ actor: ownerActor, input: input(overrides) }).catch((caught: unknown) => caught);
      expect(error, field).toMatchObject({ name: "FieldInputError", field, code: "INVALID_INPUT" });
      expect((error as Error).message).toMatch(/Kies .* uit de lijst/);
    }
    for (const overrides of [
      { skills: [{ skillCode: "lassen", level: 0 }] },
      { skills: [{ skillCode: "lassen", level: 5 }] },
      { hoursPerWeekMin: 0 },
      { hoursPerWeekMax: 41 },
      { hoursPerWeekMin: 32, hoursPerWeekMax: 16 },
      { maxTravelMinutes: -1 },
      { languages: ["<script>alert(1)</script>"] },
    ]) {
      await expect(saveCandidateProfile({ actor: resident, input: input(overrides) }), JSON.stringify(overrides)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await storedProfile(candidate.id)).toEqual(before);
    expect((await auditOf(candidate.id)).filter((entry) => entry.action === "candidate.update")).toEqual([]);
  });

  it("does not let a resident without a candidate record, or an anonymised record, be edited", async () => {
    const { input } = await setup();
    const unregistered = actorFor(await createUser({ role: "JOBSEEKER" }));
    await expect(saveCandidateProfile({ actor: unregistered, input: input() })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const owner = await createMediator();
    const gone = await createCandidate({ ownerId: owner.id });
    await prisma.candidate.update({ where: { id: gone.id }, data: { anonymisedAt: new Date() } });
    await expect(getCandidateProfile({ actor: actorFor(owner), candidateId: gone.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("runs two saves of one profile one after the other (no duplicate rows)", async () => {
    const { resident, ownerActor, candidate, input } = await setup();
    await Promise.all([
      saveCandidateProfile({ actor: resident, input: input() }),
      saveCandidateProfile({ actor: ownerActor, input: input({ skills: [{ skillCode: "lassen", level: 1 }] }) }),
    ]);
    const skills = (await storedProfile(candidate.id)).skills;
    expect([[{ skillCode: "lassen", level: 1 }], input().skills.sort((a, b) => a.skillCode.localeCompare(b.skillCode))]).toContainEqual(skills);
  });
});

describe("findOwnCandidateId", () => {
  it("finds the resident's own record, and nothing for an unregistered resident or another role", async () => {
    const { resident, candidate, ownerActor } = await setup();
    expect(await findOwnCandidateId(resident)).toBe(candidate.id);
    expect(await findOwnCandidateId(actorFor(await createUser({ role: "JOBSEEKER" })))).toBeNull();
    expect(await findOwnCandidateId(ownerActor)).toBeNull();
  });
});
