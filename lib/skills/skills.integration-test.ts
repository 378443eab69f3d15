import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCandidateProfile } from "@/lib/candidate-profile/get-candidate-profile";
import { matchCandidatesForVacancy } from "@/lib/matching/match-candidates-for-vacancy";
import { resetMatchIndexes } from "@/lib/matching/match-index-store";
import { NO_CANDIDATE_FILTERS } from "@/lib/matching/ranking";
import { findVacancyFormOptions } from "@/lib/vacancies/find-vacancy-form-options";
import { createCandidate, createMediator } from "@/tests/factories/candidates";
import { createOrganisation } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";
import { createSkill } from "./create-skill";
import { findSkills } from "./find-skills";
import { findSkillOccupationClasses, getSkill } from "./get-skill";
import { renameSkill } from "./rename-skill";
import { setSkillRetired } from "./set-skill-retired";

afterAll(resetMatchIndexes);

/** A vacancy in progress (TEC) that asks for one skill at level 2. */
async function createVacancyWithSkill(workAreaId: string, skillCode: string, title: string) {
  const am = await createUser({ role: "ACCOUNT_MANAGER" });
  const organisation = await createOrganisation({ ownerId: am.id });
  return prisma.vacancy.create({
    data: {
      organisationId: organisation.id,
      title,
      occupationClassCode: "TEC",
      description: "Een vacature.",
      hoursPerWeek: 32,
      location: "Hilversum",
      workAreaId,
      contractType: "TEMPORARY",
      status: "IN_PROGRESS",
      skills: { create: [{ skillCode, level: 2 }] },
    },
  });
}

const admin = async () => actorFor(await createUser({ role: "ADMIN" }));
const fresh = (prefix: string) => `${prefix} ${uniqueSuffix().replace(/[^A-Za-z0-9]/g, "").slice(-8)}`;
const auditActions = async (code: string) => (await prisma.auditLog.findMany({ where: { entity: "Skill", entityId: code }, orderBy: { id: "asc" } })).map((entry) => entry.action);

describe("the skills taxonomy (ADMIN, issue 14 O4)", () => {
  it("adds a skill with a code made from the label or given, audited; a trade skill needs an occupation class", async () => {
    await ensureVacancyReferenceData();
    const actor = await admin();
    const label = fresh("Heftruck rijden");
    const { code } = await createSkill({ actor, input: { label, kind: "certificaat", code: "", occupationClassCode: "TEC" } });
    expect(code).toMatch(/^heftruck-rijden-[a-z0-9]+$/);
    expect(await getSkill({ actor, code })).toMatchObject({ label, kind: "certificaat", occupationClass: null, retiredAt: null, vacancies: 0, candidates: 0 });

    const given = `eigen-code-${uniqueSuffix().replace(/[^a-z0-9]/gi, "").slice(-6).toLowerCase()}`;
    await createSkill({ actor, input: { label: fresh("Tegels zetten"), kind: "vak", code: given, occupationClassCode: "TEC" } });
    expect(await getSkill({ actor, code: given })).toMatchObject({ kind: "vak", occupationClass: "Technische beroepen" });
    await expect(createSkill({ actor, input: { label: fresh("Anders"), kind: "vak", code: given, occupationClassCode: "TEC" } })).rejects.toMatchObject({ field: "code" });
    await expect(createSkill({ actor, input: { label: fresh("Zonder klasse"), kind: "vak" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createSkill({ actor, input: { label: fresh("Onbekende klasse"), kind: "vak", occupationClassCode: "XXX" } })).rejects.toMatchObject({ field: "occupationClassCode" });
    expect(await auditActions(code)).toEqual(["skill.create"]);
    expect((await findSkillOccupationClasses(actor)).map((c) => c.code)).toEqual(expect.arrayContaining(["TEC", "ZOR"]));
  });

  it("keeps labels unique per kind, whatever the case, with a Dutch message; the same label of another kind is fine", async () => {
    await ensureVacancyReferenceData();
    const actor = await admin();
    const label = fresh("Plannen");
    await createSkill({ actor, input: { label, kind: "basis" } });
    const clash = createSkill({ actor, input: { label: label.toUpperCase(), kind: "basis" } });
    await expect(clash).rejects.toMatchObject({ field: "label", userMessage: "Er is al een vaardigheid van deze soort met deze naam. Kies een andere naam." });
    await createSkill({ actor, input: { label, kind: "certificaat" } });

    const { code: other } = await createSkill({ actor, input: { label: fresh("Rekenen"), kind: "basis" } });
    await expect(renameSkill({ actor, input: { code: other, label: label.toLowerCase() } })).rejects.toMatchObject({ field: "label" });
    // A double submit of the same new skill stores one.
    const twice = fresh("Dubbel");
    const results = await Promise.allSettled([createSkill({ actor, input: { label: twice, kind: "basis" } }), createSkill({ actor, input: { label: twice, kind: "basis" } })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.skill.count({ where: { label: twice } })).toBe(1);
  });

  it("lists, searches and pages with usage counts; odd query strings fall back instead of failing", async () => {
    const ref = await ensureVacancyReferenceData();
    const actor = await admin();
    await createVacancyWithSkill(ref.workAreaId, "lassen", "Lasser");
    await createCandidate({ skills: [{ skillCode: "lassen", level: 3 }] });
    const lassen = (await findSkills({ actor, searchParams: { q: "LASSEN" } })).rows.find((row) => row.code === "lassen");
    expect(lassen).toMatchObject({ label: "Lassen", kind: "vak", occupationClass: "Technische beroepen" });
    expect(lassen!.vacancies).toBeGreaterThanOrEqual(1);
    expect(lassen!.candidates).toBeGreaterThanOrEqual(1);

    for (let i = 0; i < 27; i++) await prisma.skill.create({ data: { code: `pagineer-${i}-${uniqueSuffix()}`.toLowerCase(), label: `Pagineer ${String(i).padStart(2, "0")}`, kind: "basis" } });
    const first = await findSkills({ actor, searchParams: { q: "pagineer" } });
    expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    const second = await findSkills({ actor, searchParams: { q: "pagineer", pagina: "2" } });
    expect(second.rows.map((row) => row.label)).toEqual(["Pagineer 25", "Pagineer 26"]);
    expect((await findSkills({ actor, searchParams: { q: "pagineer", pagina: "999" } })).page).toBe(2);

    for (const searchParams of [{ pagina: "-1" }, { pagina: "abc" }, { status: "weg" }, { soort: "<script>" }, { q: ["a", "b"] }, { q: "x".repeat(5000) }, { q: "%_\\" }, null, undefined]) {
      await expect(findSkills({ actor, searchParams }), JSON.stringify(searchParams)).resolves.toMatchObject({ page: expect.any(Number) });
    }
    for (const code of ["bestaat-niet", "", "x".repeat(200), 7]) await expect(getSkill({ actor, code })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("retire hides a skill from the pickers and the default list but keeps it on profiles and vacancies, and matching keeps scoring it; restore brings it back", async () => {
    const ref = await ensureVacancyReferenceData();
    const actor = await admin();
    const { code } = await createSkill({ actor, input: { label: fresh("Steigerbouw"), kind: "vak", occupationClassCode: "TEC" } });
    const bm = await createMediator();
    const candidate = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: code, level: 3 }] });
    const vacancy = await createVacancyWithSkill(ref.workAreaId, code, "Steigerbouwer");
    const matchedIds = async () =>
      ((await matchCandidatesForVacancy({ vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS, limit: 50 }))?.matches ?? []).map((match) => match.candidateId);
    expect(await matchedIds()).toContain(candidate.id);
    expect((await findVacancyFormOptions()).skills.map((skill) => skill.code)).toContain(code);

    expect(await setSkillRetired({ actor, input: { code, retired: true } })).toEqual({ code, retired: true });
    expect((await findVacancyFormOptions()).skills.map((skill) => skill.code)).not.toContain(code);
    expect((await findVacancyFormOptions([code])).skills.map((skill) => skill.code)).toContain(code);
    expect((await findSkills({ actor, searchParams: { q: code } })).rows).toEqual([]);
    expect((await findSkills({ actor, searchParams: { q: code, status: "vervallen" } })).rows).toMatchObject([{ code, vacancies: 1, candidates: 1 }]);
    expect(await prisma.candidateSkill.findMany({ where: { candidateId: candidate.id }, select: { skillCode: true, level: true } })).toEqual([{ skillCode: code, level: 3 }]);
    expect((await getCandidateProfile({ actor: actorFor(bm), candidateId: candidate.id })).values.skills).toEqual([{ skillCode: code, level: 3 }]);
    expect(await prisma.vacancySkill.count({ where: { vacancyId: vacancy.id, skillCode: code } })).toBe(1);
    expect(await matchedIds()).toContain(candidate.id);

    await setSkillRetired({ actor, input: { code, retired: false } });
    expect((await findVacancyFormOptions()).skills.map((skill) => skill.code)).toContain(code);
    expect(await auditActions(code)).toEqual(["skill.create", "skill.retire", "skill.restore"]);
    await expect(setSkillRetired({ actor, input: { code: "bestaat-niet", retired: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a rename shows at once on the vacancy, the profile list and in matching's names", async () => {
    const ref = await ensureVacancyReferenceData();
    const actor = await admin();
    const { code } = await createSkill({ actor, input: { label: fresh("Voegen"), kind: "vak", occupationClassCode: "TEC" } });
    const vacancy = await createVacancyWithSkill(ref.workAreaId, code, "Voeger");
    const labelInMatching = async () => (await matchCandidatesForVacancy({ vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS, limit: 5 }))?.labels.skills.get(code);
    const before = await labelInMatching();
    const renamed = fresh("Voegwerk");
    await renameSkill({ actor, input: { code, label: renamed } });
    expect(before).not.toBe(renamed);
    expect(await labelInMatching()).toBe(renamed);
    expect((await getSkill({ actor, code })).label).toBe(renamed);
    expect(await auditActions(code)).toEqual(["skill.create", "skill.rename"]);
    await expect(renameSkill({ actor, input: { code, label: "<b>x</b>" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(renameSkill({ actor, input: { code: "bestaat-niet", label: "Iets" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses every other role and changes nothing", async () => {
    await ensureVacancyReferenceData();
    const before = await prisma.skill.findUniqueOrThrow({ where: { code: "lassen" } });
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(findSkills({ actor, searchParams: {} }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getSkill({ actor, code: "lassen" }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findSkillOccupationClasses(actor), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createSkill({ actor, input: { label: fresh("Verboden"), kind: "basis" } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(renameSkill({ actor, input: { code: "lassen", label: "Solderen" } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setSkillRetired({ actor, input: { code: "lassen", retired: true } }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.skill.findUniqueOrThrow({ where: { code: "lassen" } })).toEqual(before);
  });
});
