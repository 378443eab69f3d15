import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { createWorkArea } from "@/tests/factories/organisations";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";
import { countTeamQueue } from "./count-team-queue";
import { findMyCaseload } from "./find-my-caseload";
import { parseCaseloadSearch } from "./schemas";

const search = (params: Record<string, string> = {}) => parseCaseloadSearch(params);

describe("findMyCaseload", () => {
  it("lists only my own candidates and writes one audit entry per candidate shown", async () => {
    const me = await createMediator();
    const colleague = await createMediator();
    const mine = [
      await createCandidate({ ownerId: me.id, firstName: "Anna", lastName: `Aalders ${uniqueSuffix()}` }),
      await createCandidate({ ownerId: me.id, firstName: "Bram", lastName: `Bos ${uniqueSuffix()}` }),
    ];
    const theirs = await createCandidate({ ownerId: colleague.id, firstName: "Cor" });
    await createCandidate({ ownerId: null, firstName: "Zonder eigenaar" });
    await createCandidate({ ownerId: me.id, firstName: "Geanonimiseerd" }).then((c) =>
      prisma.candidate.update({ where: { id: c.id }, data: { anonymisedAt: new Date() } }),
    );

    const page = await findMyCaseload({ actor: actorFor(me), search: search() });
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.id)).toEqual(mine.map((c) => c.id));
    expect(page.rows.map((row) => row.id)).not.toContain(theirs.id);

    const audit = await prisma.auditLog.findMany({ where: { actorId: me.id }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit.map((entry) => entry.candidateId).sort()).toEqual(mine.map((c) => c.id).sort());
    expect(audit[0]).toMatchObject({ action: "candidate.list", purpose: "Caseload bekijken", actorRole: "JOB_MEDIATOR", actorOrganisation: "Partner GEMEENTE" });
  });

  it("writes no audit entry for an empty page", async () => {
    const me = await createMediator();
    expect((await findMyCaseload({ actor: actorFor(me), search: search() })).rows).toEqual([]);
    expect(await prisma.auditLog.count({ where: { actorId: me.id } })).toBe(0);
  });

  it("searches by name and filters on werkfit, availability and wishes", async () => {
    const ref = await ensureVacancyReferenceData();
    const elsewhere = await createWorkArea();
    const me = await createMediator();
    const actor = actorFor(me);
    const nadia = await createCandidate({
      ownerId: me.id, firstName: "Nadia", lastName: "Boukhari", isWorkReady: true, workReadySince: isoToDbDate("2026-01-05"),
      availableFrom: isoToDbDate("2026-02-01"), occupationClassCodes: ["ZOR"], workAreaIds: [ref.workAreaId],
    });
    const piet = await createCandidate({
      ownerId: me.id, firstName: "Piet", lastName: "de Vries", isWorkReady: false,
      availableFrom: isoToDbDate("2026-09-01"), occupationClassCodes: ["TEC"], workAreaIds: [elsewhere.id],
    });
    const unknown = await createCandidate({ ownerId: me.id, firstName: "Mo", lastName: "Onbekend", availableFrom: null });

    const ids = async (params: Record<string, string>) => (await findMyCaseload({ actor, search: search(params) })).rows.map((row) => row.id);
    expect(await ids({ q: "nadia bou" })).toEqual([nadia.id]);
    expect(await ids({ q: "BOUKHARI" })).toEqual([nadia.id]);
    expect(await ids({ q: "100%" })).toEqual([]);
    expect(await ids({ workReady: "ja" })).toEqual([nadia.id]);
    expect((await ids({ workReady: "nee" })).sort()).toEqual([piet.id, unknown.id].sort());
    expect(await ids({ availableBefore: "2026-02-01" })).toEqual([nadia.id]);
    expect((await ids({ availableBefore: "2026-12-31" })).sort()).toEqual([nadia.id, piet.id].sort());
    expect(await ids({ occupationClass: "TEC" })).toEqual([piet.id]);
    expect(await ids({ workArea: ref.workAreaId })).toEqual([nadia.id]);
    expect(await ids({ workReady: "ja", occupationClass: "TEC" })).toEqual([]);
    expect(await ids({ sort: "available" })).toEqual([nadia.id, piet.id, unknown.id]);
    expect((await ids({ sort: "work-ready" }))[0]).toBe(nadia.id);
  });

  it("shows wishes, the last assessment and an open help request in each row", async () => {
    const ref = await ensureVacancyReferenceData();
    const me = await createMediator();
    const candidate = await createCandidate({ ownerId: me.id, occupationClassCodes: ["ZOR"], workAreaIds: [ref.workAreaId], hoursPerWeekMin: 24, hoursPerWeekMax: 32 });
    await prisma.workReadinessAssessment.createMany({
      data: [
        { candidateId: candidate.id, assessedById: me.id, assessedOn: isoToDbDate("2026-01-10"), ruleVersion: 1, employeeSkillScores: {}, lifeDomainScores: {}, derivedWorkReady: false },
        { candidateId: candidate.id, assessedById: me.id, assessedOn: isoToDbDate("2026-03-10"), ruleVersion: 1, employeeSkillScores: {}, lifeDomainScores: {}, derivedWorkReady: true },
      ],
    });
    const partner = await ensurePartner();
    await prisma.helpRequest.createMany({
      data: [
        { candidateId: candidate.id, question: "FIND_WORK", partnerOrganisationId: partner.id, team: "Team Werk", status: "CLOSED", dueBy: new Date() },
        { candidateId: candidate.id, question: "BENEFIT_WW", partnerOrganisationId: partner.id, team: "Team Werk", status: "ACCEPTED", dueBy: new Date() },
      ],
    });
    const [row] = (await findMyCaseload({ actor: actorFor(me), search: search() })).rows;
    expect(row).toMatchObject({
      occupationWishes: ["Zorg en welzijn beroepen"],
      workAreaWishes: ["Hilversum"],
      hoursPerWeekMin: 24,
      hoursPerWeekMax: 32,
      lastAssessedOn: isoToDbDate("2026-03-10"),
      openHelpRequest: { question: "BENEFIT_WW", status: "ACCEPTED" },
    });
  });

  it("pages by 25", async () => {
    const me = await createMediator();
    await prisma.candidate.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({ ownerId: me.id, firstName: "Kandidaat", lastName: `Nummer ${String(i).padStart(2, "0")}` })),
    });
    const first = await findMyCaseload({ actor: actorFor(me), search: search() });
    expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    const second = await findMyCaseload({ actor: actorFor(me), search: search({ page: "9" }) });
    expect(second).toMatchObject({ page: 2 });
    expect(second.rows.map((row) => row.name)).toEqual(["Kandidaat Nummer 25", "Kandidaat Nummer 26"]);
    expect(await prisma.auditLog.count({ where: { actorId: me.id } })).toBe(27);
  });

  it("refuses every role but the bemiddelaar", async () => {
    const { ownerActor, employerActor } = await createEmployerWithOwner();
    const { user: resident } = await createJobseeker();
    const admin = await createUser({ role: "ADMIN" });
    const staff = await createUser({ role: "REGIONAL_STAFF" });
    const actors = [ownerActor, employerActor, actorFor(resident), actorFor(admin), actorFor(staff)];
    for (const actor of actors) {
      await expect(findMyCaseload({ actor, search: search() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.auditLog.count({ where: { actorId: { in: actors.map((actor) => actor.userId) } } })).toBe(0);
  });
});

describe("countTeamQueue", () => {
  it("counts new and escalated requests routed to my partner organisation only", async () => {
    const me = await createMediator({ partnerCode: "UWV" });
    const uwv = await ensurePartner("UWV");
    const other = await ensurePartner("TOMIN");
    const candidate = await createCandidate();
    const request = (partnerOrganisationId: string, status: "ROUTED" | "ACCEPTED" | "ESCALATED" | "CLOSED") => ({
      candidateId: candidate.id, question: "FIND_WORK" as const, partnerOrganisationId, team: "Team", status, dueBy: new Date(),
    });
    await prisma.helpRequest.createMany({
      data: [request(uwv.id, "ROUTED"), request(uwv.id, "ESCALATED"), request(uwv.id, "ACCEPTED"), request(uwv.id, "CLOSED"), request(other.id, "ROUTED")],
    });
    expect(await countTeamQueue(actorFor(me))).toBe(2);
    const withoutPartner = await createUser({ role: "JOB_MEDIATOR" });
    expect(await countTeamQueue(actorFor(withoutPartner))).toBe(0);
    const { ownerActor } = await createEmployerWithOwner();
    expect(await countTeamQueue(ownerActor)).toBe(0);
  });
});
