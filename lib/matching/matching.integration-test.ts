import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { sharesWithPartnersWhere } from "@/lib/consents/active-consent-where";
import { prisma } from "@/lib/db";
import { travelTimeRows } from "@/prisma/seed/reference-data";
import { createCandidate, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { createOrganisation, ensureRegion } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser, uniqueSuffix } from "@/tests/factories/users";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";
import { dayOfDbDate, todayDay } from "./days";
import { findCandidateMatches } from "./find-candidate-matches";
import { findVacancyMatches } from "./find-vacancy-matches";
import { matchCandidatesForVacancy } from "./match-candidates-for-vacancy";
import { resetMatchIndexes } from "./match-index-store";
import { CANDIDATE_DETAIL_SQL, candidateProfileOfRow, type CandidateDetailRow } from "./profile-sql";
import { NO_CANDIDATE_FILTERS, NO_VACANCY_FILTERS, rankCandidatesByBruteForce } from "./ranking";
import { travelKey } from "./score-match";
import { SCORE_PART_KEYS } from "./score-parts";

async function setup() {
  await ensureVacancyReferenceData();
  const region = await ensureRegion();
  const ids = region.workAreaIdByName;
  for (const [from, to, minutes] of travelTimeRows()) {
    await prisma.workAreaTravelTime.upsert({
      where: { fromWorkAreaId_toWorkAreaId: { fromWorkAreaId: ids[from]!, toWorkAreaId: ids[to]! } },
      update: {},
      create: { fromWorkAreaId: ids[from]!, toWorkAreaId: ids[to]!, minutes },
    });
  }
  // A skill of this test only, so rankings never include another test's candidates.
  const skill = await prisma.skill.create({ data: { code: `test-${uniqueSuffix()}`, label: "Testvaardigheid", kind: "vak", occupationClassCode: "ZOR" } });
  const basic = await prisma.skill.create({ data: { code: `basis-${uniqueSuffix()}`, label: "Samenwerken", kind: "basis" } });
  const am = await createUser({ role: "ACCOUNT_MANAGER", name: "Anna Accountmanager" });
  const organisation = await createOrganisation({ ownerId: am.id });
  const bm = await createMediator({ name: "Femke Bemiddelaar" });
  const otherBm = await createMediator({ name: "Otto Bemiddelaar" });
  const vacancy = await prisma.vacancy.create({
    data: {
      organisationId: organisation.id,
      title: "Helpende zorg",
      occupationClassCode: "ZOR",
      description: "Een vacature om te matchen.",
      hoursPerWeek: 24,
      location: "Hilversum",
      workAreaId: ids.Hilversum!,
      contractType: "TEMPORARY",
      status: "IN_PROGRESS",
      skills: { create: [{ skillCode: skill.code, level: 3 }, { skillCode: basic.code, level: 2 }] },
    },
  });
  return { ids, skill, basic, am, organisation, bm, otherBm, vacancy };
}

afterAll(resetMatchIndexes);

describe("matching (B3) against the database", () => {
  it("ranks candidates with explanations; names only for the bemiddelaar's own, audited in the same transaction", async () => {
    const { ids, skill, basic, bm, otherBm, vacancy } = await setup();
    const mine = await createCandidate({
      ownerId: bm.id,
      firstName: "Nadia",
      lastName: "Boukhari",
      skills: [{ skillCode: skill.code, level: 3 }, { skillCode: basic.code, level: 2 }],
      occupationClassCodes: ["ZOR"],
      workAreaIds: [ids.Hilversum!],
      municipalityCode: "GM0402",
      hoursPerWeekMin: 20,
      hoursPerWeekMax: 32,
      availableFrom: new Date("2020-01-01T00:00:00Z"),
      isWorkReady: true,
      workReadySince: new Date("2025-06-01T00:00:00Z"),
    });
    const theirs = await createCandidate({ ownerId: otherBm.id, firstName: "Geheim", skills: [{ skillCode: skill.code, level: 1 }], municipalityCode: "GM1942", maxTravelMinutes: 30 });
    await createCandidate({ ownerId: bm.id, skills: [{ skillCode: skill.code, level: 4 }], shareWithPartners: false });
    await createCandidate({ ownerId: bm.id, skills: [{ skillCode: "lassen", level: 4 }] }); // no required skill

    const view = await findCandidateMatches({ actor: actorFor(bm), vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS });
    expect(view.anonymised).toBe(false);
    expect(view.rows.map((row) => row.candidate?.name ?? null)).toEqual(["Nadia Boukhari", null]);
    const [first, second] = view.rows;
    expect(first!.score.total).toBe(100);
    expect(first!.score.werkfit).toMatchObject({ points: 5, sinceDay: dayOfDbDate(new Date("2025-06-01T00:00:00Z")) });
    expect(second).toMatchObject({ rank: 2, candidate: null, ownerName: "Otto Bemiddelaar" });
    // skills: 1 of level 3 → 4 credits; the basic skill missing → 4/24 → 8 points; travel Gooise Meren → Hilversum 20 ≤ 30 → 7
    expect(second!.score.skills).toMatchObject({ points: 8, missing: [{ skillCode: basic.code, requiredLevel: 2 }] });
    expect(second!.score.workArea).toMatchObject({ points: 7, travelMinutes: 20 });
    for (const row of view.rows) expect(SCORE_PART_KEYS.reduce((sum, key) => sum + row.score[key].points, 0)).toBe(row.score.total);
    expect(JSON.stringify(view)).not.toContain("Geheim");

    const audit = await prisma.auditLog.findMany({ where: { actorId: bm.id } });
    expect(audit).toMatchObject([{ candidateId: mine.id, action: "candidate.list", purpose: "Matchresultaten bij vacature Helpende zorg", actorRole: "JOB_MEDIATOR" }]);
    expect(await prisma.auditLog.count({ where: { candidateId: theirs.id } })).toBe(0);

    // The other bemiddelaar sees the mirror image.
    const other = await findCandidateMatches({ actor: actorFor(otherBm), vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS });
    expect(other.rows.map((row) => row.candidate?.name ?? row.ownerName)).toEqual(["Femke Bemiddelaar", `Geheim ${theirs.lastName}`]);
  });

  it("picks up a new skill and a revoked consent at the next query", async () => {
    const { skill, bm, vacancy } = await setup();
    const candidate = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: "lassen", level: 2 }] });
    const actor = actorFor(bm);
    const listed = async () => (await findCandidateMatches({ actor, vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS })).rows.map((r) => r.candidate?.id);
    expect(await listed()).toEqual([]);

    await prisma.candidateSkill.create({ data: { candidateId: candidate.id, skillCode: skill.code, level: 2 } });
    expect(await listed()).toEqual([candidate.id]);

    await prisma.consent.updateMany({ where: { candidateId: candidate.id }, data: { revokedAt: new Date() } });
    expect(await listed()).toEqual([]);

    await prisma.consent.create({ data: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNERS", grantedAt: new Date() } });
    expect(await listed()).toEqual([candidate.id]);
    await prisma.candidate.update({ where: { id: candidate.id }, data: { anonymisedAt: new Date() } });
    expect(await listed()).toEqual([]);
  });

  it("does not miss a change committed after a sync by a transaction that was already running", async () => {
    const { skill, bm, vacancy } = await setup();
    const early = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: "lassen", level: 2 }] });
    const late = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: "lassen", level: 2 }] });
    const actor = actorFor(bm);
    const listed = async () => (await findCandidateMatches({ actor, vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS })).rows.map((r) => r.candidate?.id);
    expect(await listed()).toEqual([]);

    // A long transaction writes first (so its id is older) but commits last.
    const slow = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await slow.connect();
    await slow.query("BEGIN");
    await slow.query(`INSERT INTO "CandidateSkill" ("candidateId", "skillCode", level) VALUES ($1, $2, 3)`, [early.id, skill.code]);
    await prisma.candidateSkill.create({ data: { candidateId: late.id, skillCode: skill.code, level: 3 } });
    expect(await listed()).toEqual([late.id]); // the sync ran while the slow transaction was still open
    await slow.query("COMMIT");
    await slow.end();
    expect((await listed()).sort()).toEqual([early.id, late.id].sort());
  });

  it("applies the filters", async () => {
    const { ids, skill, bm, vacancy } = await setup();
    const ready = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: skill.code, level: 3 }], isWorkReady: true, availableFrom: new Date("2026-01-10T00:00:00Z"), workAreaIds: [ids.HBEL!] });
    const later = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: skill.code, level: 3 }], availableFrom: new Date("2026-03-01T00:00:00Z"), workAreaIds: [ids.Hilversum!] });
    const actor = actorFor(bm);
    const listed = async (filters: Partial<typeof NO_CANDIDATE_FILTERS>) =>
      (await findCandidateMatches({ actor, vacancyId: vacancy.id, filters: { ...NO_CANDIDATE_FILTERS, ...filters } })).rows.map((r) => r.candidate?.id);
    expect(await listed({ workReadyOnly: true })).toEqual([ready.id]);
    expect(await listed({ availableByDay: dayOfDbDate(new Date("2026-02-01T00:00:00Z")) })).toEqual([ready.id]);
    expect(await listed({ workAreaId: ids.Hilversum! })).toEqual([later.id]);
  });

  it("shows accountmanagers only their own employers' vacancies, fully anonymised and unaudited", async () => {
    const { skill, am, bm, vacancy } = await setup();
    await createCandidate({ ownerId: bm.id, firstName: "Verborgen", skills: [{ skillCode: skill.code, level: 3 }], isWorkReady: true, workReadySince: new Date("2025-01-01T00:00:00Z") });
    const view = await findCandidateMatches({ actor: actorFor(am), vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS });
    expect(view.anonymised).toBe(true);
    expect(view.rows).toHaveLength(1);
    expect(view.rows[0]).toMatchObject({ candidate: null, score: { werkfit: { isWorkReady: true } } });
    expect(JSON.stringify(view)).not.toMatch(/Verborgen|@test\.werkcentrum\.nl/);
    expect(await prisma.auditLog.count({ where: { actorId: am.id } })).toBe(0);

    const otherAm = await createUser({ role: "ACCOUNT_MANAGER" });
    await expect(findCandidateMatches({ actor: actorFor(otherAm), vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findCandidateMatches({ actor: actorFor(am), vacancyId: "bestaat-niet", filters: NO_CANDIDATE_FILTERS })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses every other role, in both directions", async () => {
    const { skill, bm, vacancy, organisation } = await setup();
    const candidate = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: skill.code, level: 3 }] });
    const roles: Role[] = ["JOBSEEKER", "EMPLOYER", "REGIONAL_STAFF", "ADMIN"];
    for (const role of roles) {
      const user = await createUser({ role, organisationId: role === "EMPLOYER" ? organisation.id : null });
      await expect(findCandidateMatches({ actor: actorFor(user), vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findVacancyMatches({ actor: actorFor(user), candidateId: candidate.id, filters: NO_VACANCY_FILTERS })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const am = await createUser({ role: "ACCOUNT_MANAGER" });
    await expect(findVacancyMatches({ actor: actorFor(am), candidateId: candidate.id, filters: NO_VACANCY_FILTERS })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it("lists open vacancies for the owner's candidate (or after an accepted handover) and audits the read", async () => {
    const { ids, skill, bm, otherBm, organisation, vacancy } = await setup();
    const closed = await prisma.vacancy.create({
      data: { organisationId: organisation.id, title: "Gesloten", occupationClassCode: "ZOR", description: "Gesloten vacature.", hoursPerWeek: 24, location: "Hilversum", workAreaId: ids.Hilversum!, contractType: "TEMPORARY", status: "CLOSED", skills: { create: [{ skillCode: skill.code, level: 1 }] } },
    });
    const candidate = await createCandidate({ ownerId: bm.id, skills: [{ skillCode: skill.code, level: 3 }], occupationClassCodes: ["ZOR"] });
    const view = await findVacancyMatches({ actor: actorFor(bm), candidateId: candidate.id, filters: NO_VACANCY_FILTERS });
    expect(view.candidate).toMatchObject({ id: candidate.id, sharesWithPartners: true });
    expect(view.rows.map((row) => row.vacancyId)).toEqual([vacancy.id]);
    expect(view.rows.map((row) => row.vacancyId)).not.toContain(closed.id);
    expect(view.rows[0]).toMatchObject({ rank: 1, title: "Helpende zorg", organisationName: organisation.legalName });
    expect(await prisma.auditLog.findMany({ where: { candidateId: candidate.id } })).toMatchObject([{ actorId: bm.id, action: "candidate.read", purpose: "Passende vacatures zoeken" }]);

    await expect(findVacancyMatches({ actor: actorFor(otherBm), candidateId: candidate.id, filters: NO_VACANCY_FILTERS })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const partner = await ensurePartner("UWV");
    await prisma.handover.create({
      data: { candidateId: candidate.id, fromUserId: bm.id, toPartnerOrganisationId: partner.id, reason: "Warme overdracht", deadline: new Date(), status: "ACCEPTED", acceptedById: otherBm.id },
    });
    expect((await findVacancyMatches({ actor: actorFor(otherBm), candidateId: candidate.id, filters: NO_VACANCY_FILTERS })).rows).toHaveLength(1);

    await prisma.consent.updateMany({ where: { candidateId: candidate.id }, data: { revokedAt: new Date() } });
    const revoked = await findVacancyMatches({ actor: actorFor(bm), candidateId: candidate.id, filters: NO_VACANCY_FILTERS });
    expect(revoked).toMatchObject({ candidate: { sharesWithPartners: false }, rows: [] });

    await prisma.vacancy.update({ where: { id: vacancy.id }, data: { status: "FILLED" } });
    await prisma.consent.create({ data: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNERS", grantedAt: new Date() } });
    expect((await findVacancyMatches({ actor: actorFor(bm), candidateId: candidate.id, filters: NO_VACANCY_FILTERS })).rows).toEqual([]);
  });

  it("reads consent exactly like sharesWithPartnersWhere", async () => {
    await setup();
    const shares = await createCandidate();
    const never = await createCandidate({ shareWithPartners: false });
    const revoked = await createCandidate();
    await prisma.consent.updateMany({ where: { candidateId: revoked.id }, data: { revokedAt: new Date() } });
    const declined = await createCandidate({ shareWithPartners: false });
    await prisma.consent.create({ data: { candidateId: declined.id, purpose: "SHARE_WITH_PARTNERS", declinedAt: new Date() } });
    const employerOnly = await createCandidate({ shareWithPartners: false });
    await prisma.consent.create({ data: { candidateId: employerOnly.id, purpose: "SHARE_WITH_EMPLOYER", grantedAt: new Date() } });
    const anonymised = await createCandidate();
    await prisma.candidate.update({ where: { id: anonymised.id }, data: { anonymisedAt: new Date() } });
    const all = [shares, never, revoked, declined, employerOnly, anonymised].map((c) => c.id);

    const rows = await prisma.$queryRawUnsafe<CandidateDetailRow[]>(CANDIDATE_DETAIL_SQL, all);
    const viaSql = rows.filter((row) => candidateProfileOfRow(row).sharesWithPartners).map((row) => row.id);
    const viaPrisma = (await prisma.candidate.findMany({ where: { AND: [{ id: { in: all } }, sharesWithPartnersWhere] }, select: { id: true } })).map((c) => c.id);
    expect(viaSql).toEqual([shares.id]);
    expect(viaPrisma).toEqual([shares.id]);
  });

  it("equals a brute-force ranking over the database rows, and drops a deleted candidate", async () => {
    const { ids, skill, basic, bm, vacancy } = await setup();
    const areas = Object.values(ids);
    const created: string[] = [];
    for (let i = 0; i < 40; i++) {
      const candidate = await createCandidate({
        ownerId: bm.id,
        skills: [{ skillCode: skill.code, level: 1 + (i % 4) }, ...(i % 3 === 0 ? [{ skillCode: basic.code, level: 1 + (i % 2) }] : [])],
        occupationClassCodes: i % 2 ? ["ZOR"] : ["TEC"],
        workAreaIds: [areas[i % 4]!],
        municipalityCode: ["GM0402", "GM1942", "GM1696", "GM0406"][i % 4]!,
        hoursPerWeekMin: i % 5 ? 8 + (i % 4) * 8 : null,
        hoursPerWeekMax: i % 5 ? 16 + (i % 4) * 8 : null,
        maxTravelMinutes: [15, 30, null, 45][i % 4]!,
        availableFrom: i % 6 ? new Date(Date.UTC(2026, 0, 1 + i * 5)) : null,
        isWorkReady: i % 2 === 0,
      });
      created.push(candidate.id);
    }
    const today = todayDay();
    const result = await matchCandidatesForVacancy({ vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS, limit: 25, today });
    const rows = await prisma.$queryRawUnsafe<CandidateDetailRow[]>(CANDIDATE_DETAIL_SQL, created);
    const travel = await prisma.workAreaTravelTime.findMany();
    const reference = rankCandidatesByBruteForce(
      result!.vacancy.profile,
      rows.map(candidateProfileOfRow),
      NO_CANDIDATE_FILTERS,
      { today, travelTimes: new Map(travel.map((t) => [travelKey(t.fromWorkAreaId, t.toWorkAreaId), t.minutes])) },
      26,
    );
    expect(result!.matches.map((m) => ({ id: m.candidateId, total: m.score.total }))).toEqual(reference.slice(0, 25));

    const top = result!.matches[0]!.candidateId;
    await prisma.candidate.delete({ where: { id: top } });
    const after = await matchCandidatesForVacancy({ vacancyId: vacancy.id, filters: NO_CANDIDATE_FILTERS, limit: 25, today });
    expect(after!.matches.map((m) => m.candidateId)).not.toContain(top);
    expect(after!.matches.map((m) => m.candidateId)).toEqual(reference.slice(1, 26).map((r) => r.id));
  });
});
