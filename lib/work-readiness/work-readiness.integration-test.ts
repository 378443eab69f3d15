import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addDaysIso, isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { assessmentInput, ensureWorkReadinessRule, scores } from "@/tests/factories/work-readiness";
import { getMyWorkReadySummary } from "./get-my-work-ready-summary";
import { getWorkReadinessPage } from "./get-work-readiness-page";
import { getWorkReadySummary } from "./get-work-ready-summary";
import { recordWorkReadinessAssessment } from "./record-work-readiness-assessment";

const today = todayIso();
const daysAgo = (days: number) => addDaysIso(today, -days);

async function setup() {
  const rule = await ensureWorkReadinessRule();
  const owner = await createMediator();
  const candidate = await createCandidate({ ownerId: owner.id });
  return { rule, owner, candidate, actor: actorFor(owner) };
}

const stored = (candidateId: string) => prisma.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { isWorkReady: true, workReadySince: true } });

describe("recordWorkReadinessAssessment", () => {
  it("stores the assessment, derives werkfit with the rule, sets the candidate's status and audits it", async () => {
    const { rule, owner, candidate, actor } = await setup();
    const input = assessmentInput(rule, candidate.id, { assessedOn: daysAgo(10) });
    const result = await recordWorkReadinessAssessment({ actor, input });
    expect(result).toMatchObject({ id: input.submissionKey, derivedWorkReady: true, isWorkReady: true, workReadySince: isoToDbDate(daysAgo(10)), created: true });
    expect(await prisma.workReadinessAssessment.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      candidateId: candidate.id,
      assessedById: owner.id,
      assessedOn: isoToDbDate(daysAgo(10)),
      ruleVersion: 1,
      employeeSkillScores: scores(rule.employeeSkills, 3),
      lifeDomainScores: scores(rule.lifeDomains, 3),
      notes: "Gemotiveerd, komt afspraken na.",
      derivedWorkReady: true,
      overrideWorkReady: null,
      overrideReason: null,
    });
    expect(await stored(candidate.id)).toEqual({ isWorkReady: true, workReadySince: isoToDbDate(daysAgo(10)) });
    expect(await prisma.auditLog.findMany({ where: { candidateId: candidate.id } })).toMatchObject([
      { actorId: owner.id, action: "assessment.record", purpose: "Werkfit-beoordeling vastleggen", entityId: result.id },
    ]);
  });

  it("keeps since while the status stays true, clears it when it becomes false, and keeps the full history", async () => {
    const { rule, candidate, actor } = await setup();
    await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, { assessedOn: daysAgo(60) }) });
    const [first] = rule.employeeSkills;
    await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, { assessedOn: daysAgo(30), employeeSkillScores: { ...scores(rule.employeeSkills, 4), [first!]: 2 } }) });
    expect(await stored(candidate.id)).toEqual({ isWorkReady: true, workReadySince: isoToDbDate(daysAgo(60)) });

    const blocked = await recordWorkReadinessAssessment({
      actor,
      input: assessmentInput(rule, candidate.id, { assessedOn: daysAgo(5), lifeDomainScores: { ...scores(rule.lifeDomains, 3), [rule.lifeDomains[0]!]: 1 } }),
    });
    expect(blocked).toMatchObject({ derivedWorkReady: false, isWorkReady: false, workReadySince: null });
    expect(await stored(candidate.id)).toEqual({ isWorkReady: false, workReadySince: null });

    const page = await getWorkReadinessPage({ actor, candidateId: candidate.id });
    expect(page.history.map((entry) => [entry.assessedOn, entry.workReady])).toEqual([
      [isoToDbDate(daysAgo(5)), false],
      [isoToDbDate(daysAgo(30)), true],
      [isoToDbDate(daysAgo(60)), true],
    ]);
    expect(page.rule).toMatchObject({ version: 1, employeeSkills: rule.employeeSkills, lifeDomains: rule.lifeDomains });
    expect(page.candidate).toMatchObject({ id: candidate.id, isWorkReady: false });
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, action: "assessment.read", purpose: "Werkfit-beoordelingen bekijken" } })).toBe(1);
  });

  it("applies an override only with a written reason, and shows it in the history", async () => {
    const { rule, candidate, actor } = await setup();
    const weak = { employeeSkillScores: scores(rule.employeeSkills, 2) };
    for (const overrideReason of ["", "te kort"]) {
      const error = await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, { ...weak, override: "ja", overrideReason }) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { overrideReason: [expect.stringContaining("minimaal 10 tekens")] } });
    }
    expect(await prisma.workReadinessAssessment.count({ where: { candidateId: candidate.id } })).toBe(0);

    const reason = "Werkervaringsplek laat zien dat zij meer kan dan de scores zeggen.";
    const result = await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, { ...weak, override: "ja", overrideReason: reason }) });
    expect(result).toMatchObject({ derivedWorkReady: false, isWorkReady: true, workReadySince: isoToDbDate(today) });
    const [entry] = (await getWorkReadinessPage({ actor, candidateId: candidate.id })).history;
    expect(entry).toMatchObject({ derivedWorkReady: false, overrideWorkReady: true, overrideReason: reason, workReady: true });

    // An override to what the rule already says is refused at the override field.
    const same = await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, { override: "ja", overrideReason: reason }) }).catch((e: unknown) => e);
    expect(same).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { override: [expect.stringContaining("al de uitkomst van de regel")] } });
  });

  it("refuses missing scores, scores outside 1–4, unknown names and a future date with Dutch field errors; nothing is stored", async () => {
    const { rule, candidate, actor } = await setup();
    const [firstSkill, secondSkill] = rule.employeeSkills;
    const { [firstSkill!]: _left, ...missing } = scores(rule.employeeSkills, 3);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ employeeSkillScores: missing }, `employeeSkillScores.${firstSkill}`, `Kies een score voor ${firstSkill}.`],
      [{ employeeSkillScores: { ...scores(rule.employeeSkills, 3), [secondSkill!]: 5 } }, `employeeSkillScores.${secondSkill}`, "Kies een score van 1 tot en met 4."],
      [{ lifeDomainScores: { ...scores(rule.lifeDomains, 3), [rule.lifeDomains[0]!]: 0 } }, `lifeDomainScores.${rule.lifeDomains[0]}`, "Kies een score van 1 tot en met 4."],
      [{ lifeDomainScores: { ...scores(rule.lifeDomains, 3), Onbekend: 3 } }, "lifeDomainScores", "Dit onderdeel hoort niet bij de werkfit-regel. Vernieuw de pagina en probeer het opnieuw."],
      [{ assessedOn: addDaysIso(today, 1) }, "assessedOn", "De datum van de beoordeling mag niet in de toekomst liggen."],
      [{ notes: "<script>alert(1)</script>" }, "notes", "Gebruik geen HTML-tekens zoals < en >."],
    ];
    for (const [overrides, field, message] of cases) {
      const error = await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, overrides) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { [field]: [message] } });
    }
    expect(await prisma.workReadinessAssessment.count({ where: { candidateId: candidate.id } })).toBe(0);
    expect(await stored(candidate.id)).toEqual({ isWorkReady: false, workReadySince: null });
  });

  it("stores one assessment for the same form sent twice, also at the same moment", async () => {
    const { rule, candidate, actor } = await setup();
    const input = assessmentInput(rule, candidate.id);
    const [a, b] = await Promise.all([recordWorkReadinessAssessment({ actor, input }), recordWorkReadinessAssessment({ actor, input })]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await prisma.workReadinessAssessment.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, action: "assessment.record" } })).toBe(1);
  });

  it("refuses everyone but the owner: other bemiddelaars and handover receivers get NOT_FOUND, other roles FORBIDDEN", async () => {
    const { rule, owner } = await setup();
    const { user: resident, candidate } = await createJobseeker({ ownerId: owner.id });
    const stranger = await createMediator();
    const receiver = await createMediator();
    const partner = await ensurePartner("DOORSTROOMPUNT");
    await prisma.handover.create({
      data: { candidateId: candidate.id, fromUserId: owner.id, toPartnerOrganisationId: partner.id, reason: "Overdracht", deadline: new Date(), status: "ACCEPTED", acceptedById: receiver.id },
    });
    const { ownerActor: am, employerActor } = await createEmployerWithOwner();
    const admin = await createUser({ role: "ADMIN" });
    const input = assessmentInput(rule, candidate.id);
    for (const user of [stranger, receiver]) {
      await expect(recordWorkReadinessAssessment({ actor: actorFor(user), input })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getWorkReadinessPage({ actor: actorFor(user), candidateId: candidate.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const other of [am, employerActor, actorFor(resident), actorFor(admin)]) {
      await expect(recordWorkReadinessAssessment({ actor: other, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getWorkReadinessPage({ actor: other, candidateId: candidate.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.workReadinessAssessment.count({ where: { candidateId: candidate.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id } })).toBe(0);
  });
});

describe("werkfit summaries", () => {
  it("gives an accountmanager only { isWorkReady, since }: no scores, notes or target groups", async () => {
    const { rule, candidate, actor } = await setup();
    await prisma.targetGroup.upsert({ where: { code: "PWET" }, update: {}, create: { code: "PWET", name: "Participatiewet" } });
    await prisma.candidateTargetGroup.create({ data: { candidateId: candidate.id, targetGroupCode: "PWET" } });
    await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, { assessedOn: daysAgo(3), notes: "Vertrouwelijke notitie" }) });
    const { ownerActor: am } = await createEmployerWithOwner();

    const summary = await getWorkReadySummary(am, candidate.id);
    expect(Object.keys(summary).sort()).toEqual(["isWorkReady", "since"]);
    expect(summary).toStrictEqual({ isWorkReady: true, since: isoToDbDate(daysAgo(3)) });
    expect(JSON.stringify(summary)).not.toMatch(/Vertrouwelijke|PWET|Werkmotivatie/);
    expect(await prisma.auditLog.findFirst({ where: { candidateId: candidate.id, actorId: am.userId } })).toMatchObject({
      action: "assessment.read",
      actorRole: "ACCOUNT_MANAGER",
    });
  });

  it("refuses the summary when the candidate does not share with the partners, to employers, and to non-owner bemiddelaars", async () => {
    const owner = await createMediator();
    const hidden = await createCandidate({ ownerId: owner.id, shareWithPartners: false });
    const shared = await createCandidate({ ownerId: owner.id, isWorkReady: false });
    const { ownerActor: am, employerActor } = await createEmployerWithOwner();
    const stranger = await createMediator();
    await expect(getWorkReadySummary(am, hidden.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWorkReadySummary(employerActor, shared.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getWorkReadySummary(actorFor(stranger), shared.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getWorkReadySummary(actorFor(owner), shared.id)).toStrictEqual({ isWorkReady: false, since: null });
  });

  it("gives the resident their own summary and nobody else's", async () => {
    const { rule, owner, actor } = await setup();
    const { user: resident, candidate } = await createJobseeker({ ownerId: owner.id });
    const { user: neighbour } = await createJobseeker({ ownerId: owner.id });
    expect(await getMyWorkReadySummary(actorFor(resident))).toEqual({ isWorkReady: false, since: null, lastAssessedOn: null });
    await recordWorkReadinessAssessment({ actor, input: assessmentInput(rule, candidate.id, { assessedOn: daysAgo(7) }) });
    expect(await getMyWorkReadySummary(actorFor(resident))).toEqual({ isWorkReady: true, since: isoToDbDate(daysAgo(7)), lastAssessedOn: isoToDbDate(daysAgo(7)) });
    expect(await getWorkReadySummary(actorFor(resident), candidate.id)).toStrictEqual({ isWorkReady: true, since: isoToDbDate(daysAgo(7)) });
    await expect(getWorkReadySummary(actorFor(neighbour), candidate.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMyWorkReadySummary(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The resident's own reads are not audited.
    expect(await prisma.auditLog.count({ where: { actorId: resident.id } })).toBe(0);
  });
});
