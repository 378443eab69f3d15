import { beforeAll, describe, expect, it } from "vitest";
import type { ContractType, ProposalStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardTable } from "@/lib/dashboard/table";
import { EVENT_KIND_LABELS } from "@/lib/events/schemas";
import { PLACEMENT_CONTRACT_LABELS } from "@/lib/placements/labels";
import { createCandidate, createMediator } from "@/tests/factories/candidates";
import { createContactMoment } from "@/tests/factories/contacts";
import { createHandover } from "@/tests/factories/handovers";
import { createOrganisation, ensureRegion } from "@/tests/factories/organisations";
import { actorFor, createQuestion } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createVacancy } from "@/tests/factories/vacancies";
import { getKpiDashboard, getKpiHeadline, getKpiTablesExcept, KPI_TABLE_IDS } from "./get-kpi-dashboard";
import { HEADLINE_TABLE_IDS } from "./headline";
import { getKpiTable } from "./get-kpi-table";

/**
 * A small known world in March 2025 (the period) and February 2025 (the previous period), read on
 * 1 January 2026. Every expected figure below is counted by hand from these rows.
 */
const NOW = new Date("2026-01-01T12:00:00Z");
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
const filters = (params: Record<string, string> = {}) => parseDashboardFilters({ periode: "2025-03", ...params }, NOW);

let staff: Actor;
let am: Actor;

async function dashboard(params: Record<string, string> = {}) {
  return getKpiDashboard(staff, filters(params), { now: NOW });
}

/** The display texts of a table row by its first cell: [current, previous, …]. */
function row(tables: DashboardTable[], tableId: string, label: string): string[] {
  const table = tables.find((t) => t.id === tableId);
  const found = table?.rows.find((cells) => cells[0]?.display === label);
  if (!found) throw new Error(`row "${label}" not in ${tableId}: ${JSON.stringify(table?.rows.map((r) => r[0]?.display))}`);
  return found.slice(1).map((cell) => cell.display);
}

beforeAll(async () => {
  await ensureRegion();
  await prisma.targetGroup.createMany({ data: [{ code: "DGR", name: "Doelgroepregister banenafspraak" }, { code: "WW", name: "WW-uitkering" }] });
  const staffUser = await createUser({ role: "REGIONAL_STAFF" });
  staff = actorFor(staffUser);
  const amUser = await createUser({ role: "ACCOUNT_MANAGER" });
  am = actorFor(amUser);
  const bm = await createMediator({ partnerCode: "GEMEENTE" });
  const bmUwv = await createMediator({ partnerCode: "UWV" });
  const orgH = await createOrganisation({ ownerId: amUser.id, municipalityCode: "GM0402" });
  const orgG = await createOrganisation({ ownerId: amUser.id, municipalityCode: "GM1942" });

  // Vacancies: 4 received in March (one exactly on 1 March 00:00), 1 in February, 1 on 1 April (outside).
  const vacancy = async (organisationId: string, createdAt: string, occupationClassCode = "ZOR") => {
    const created = await createVacancy({ organisationId });
    await prisma.occupationClass.upsert({ where: { code: occupationClassCode }, update: {}, create: { code: occupationClassCode, name: occupationClassCode } });
    return prisma.vacancy.update({ where: { id: created.id }, data: { createdAt: at(createdAt), occupationClassCode } });
  };
  const vH1 = await vacancy(orgH.id, "2025-03-02");
  const vH2 = await vacancy(orgH.id, "2025-03-10");
  const vH3 = await vacancy(orgH.id, "2025-03-01T00:00:00.000Z", "TEC");
  await vacancy(orgH.id, "2025-04-01T00:00:00.000Z");
  const vH5 = await vacancy(orgH.id, "2025-02-15");
  const vG1 = await vacancy(orgG.id, "2025-03-03");

  // People: c1–c7 live in Hilversum (bemiddelaar of GEMEENTE), u1–u2 in Gooise Meren (UWV), d1–d7 for duurzaam/nazorg.
  const person = (ownerId: string, municipalityCode: string, targetGroupCodes: string[] = []) => createCandidate({ ownerId, municipalityCode, targetGroupCodes });
  const c = [];
  for (let i = 1; i <= 7; i++) c.push(await person(bm.id, "GM0402", i <= 5 ? ["DGR"] : i === 7 ? ["WW"] : []));
  const [c1, c2, c3, c4, c5, c6, c7] = c as [typeof c[0], typeof c[0], typeof c[0], typeof c[0], typeof c[0], typeof c[0], typeof c[0]];
  const u1 = await person(bmUwv.id, "GM1942");
  const u2 = await person(bmUwv.id, "GM1942", ["DGR"]);
  const d = [];
  for (let i = 1; i <= 7; i++) d.push(await person(bm.id, "GM0402", i === 1 ? ["DGR"] : []));

  // Proposals shared in March: 6 (3 invited incl. one placed, 2 declined for hours, 1 never answered); 1 in February.
  const proposal = (vacancyId: string, candidateId: string, status: ProposalStatus, sharedAt: string, respondedAt: string | null, extra: object = {}) =>
    prisma.proposal.create({
      data: {
        vacancyId,
        candidateId,
        proposedById: bm.id,
        motivation: "Past goed.",
        status,
        sharedAt: at(sharedAt),
        responseDueBy: new Date(at(sharedAt).getTime() + 14 * 86_400_000),
        respondedAt: respondedAt ? at(respondedAt) : null,
        ...extra,
      },
    });
  await proposal(vH1.id, c1.id, "INVITED", "2025-03-05", "2025-03-06");
  await proposal(vH1.id, c2.id, "DECLINED", "2025-03-07", "2025-03-08", { declineReason: "HOURS" });
  await proposal(vH2.id, c3.id, "DECLINED", "2025-03-20", "2025-03-21", { declineReason: "HOURS" });
  await proposal(vH2.id, c4.id, "PROPOSED", "2025-03-21", null);
  await proposal(vH2.id, c5.id, "PLACED", "2025-03-22", "2025-03-23");
  await proposal(vG1.id, u1.id, "INVITED", "2025-03-04", "2025-03-05");
  await proposal(vH5.id, c6.id, "INVITED", "2025-02-20", "2025-02-21");

  // Placements starting in March: 5 permanent + 2 temporary (one on 1 March); one on 1 April (outside); one agency in February.
  const placement = (candidateId: string, startDate: string, contractType: ContractType, vacancyId: string | null, organisationId = orgH.id, extra: object = {}) =>
    prisma.placement.create({ data: { candidateId, organisationId, vacancyId, recordedById: bm.id, startDate: at(startDate), contractType, hoursPerWeek: 24, ...extra } });
  for (const [index, candidate] of [c1, c2, c3, c4, c5].entries()) await placement(candidate.id, `2025-03-1${index}`, "PERMANENT", vH1.id);
  await placement(u1.id, "2025-03-15", "TEMPORARY", vG1.id, orgG.id);
  await placement(c7.id, "2025-03-01", "TEMPORARY", vH3.id);
  await placement(c6.id, "2025-04-01", "TEMPORARY", vH1.id);
  await placement(u2.id, "2025-02-10", "AGENCY", vG1.id, orgG.id);

  // Started September 2024, so the 6-month mark falls in March 2025: d1–d5 still run, d6 stopped in December; d7's mark is in April.
  const longRunning = [];
  for (let i = 1; i <= 6; i++) {
    longRunning.push(await placement(d[i - 1]!.id, `2024-09-0${i}`, "PERMANENT", vH1.id, orgH.id, i === 6 ? { endedOn: at("2024-12-01"), endReasonCode: "RESIGNED" } : {}));
  }
  await placement(d[6]!.id, "2024-10-01", "PERMANENT", vH1.id);
  const [p1, p2, p3, p4, p5, p6] = longRunning as [typeof longRunning[0], typeof longRunning[0], typeof longRunning[0], typeof longRunning[0], typeof longRunning[0], typeof longRunning[0]];

  // Aftercare due in March: 10 counted (8 on time, 1 late, 1 open); d6's open check lapsed (placement ended).
  const check = (placementId: string, side: "EMPLOYEE" | "EMPLOYER", monthsAfterStart: number, dueDate: string, completedAt: string | null, score: number | null = null) =>
    prisma.aftercareCheck.create({ data: { placementId, side, monthsAfterStart, dueDate: at(dueDate), completedAt: completedAt ? at(completedAt) : null, score } });
  await check(p1.id, "EMPLOYEE", 6, "2025-03-01", "2025-03-03T10:00:00Z", 4);
  await check(p2.id, "EMPLOYEE", 6, "2025-03-02", "2025-03-04T10:00:00Z", 4);
  await check(p3.id, "EMPLOYEE", 6, "2025-03-03", "2025-03-05T10:00:00Z", 4);
  await check(p4.id, "EMPLOYEE", 6, "2025-03-04", "2025-03-06T10:00:00Z", 4);
  await check(p5.id, "EMPLOYEE", 6, "2025-03-05", "2025-03-25T10:00:00Z", 4);
  await check(p1.id, "EMPLOYER", 6, "2025-03-01", null);
  await check(p2.id, "EMPLOYER", 6, "2025-03-02", "2025-03-10T10:00:00Z", 5);
  await check(p3.id, "EMPLOYER", 6, "2025-03-03", "2025-03-10T10:00:00Z", 4);
  await check(p4.id, "EMPLOYER", 6, "2025-03-04", "2025-03-10T10:00:00Z", 4);
  await check(p5.id, "EMPLOYER", 6, "2025-03-05", "2025-03-10T10:00:00Z", 2);
  await check(p6.id, "EMPLOYEE", 6, "2025-03-06", null);
  // Employer answers given in March on older check-ins (satisfaction only) and one in February.
  await check(p2.id, "EMPLOYER", 1, "2024-10-02", "2025-03-15T10:00:00Z", 3);
  await check(p3.id, "EMPLOYER", 1, "2024-10-03", "2025-03-15T10:00:00Z", 5);
  await check(p4.id, "EMPLOYER", 1, "2024-10-04", "2025-02-10T10:00:00Z", 1);

  // Employer questions: the norm is 2 working days (Friday → Tuesday).
  const employer = await createUser({ role: "EMPLOYER", organisationId: orgH.id });
  const employerG = await createUser({ role: "EMPLOYER", organisationId: orgG.id });
  const question = (organisationId: string, askedById: string, createdAt: string, answeredAt: string | null) =>
    createQuestion({ organisationId, askedById, createdAt: at(createdAt), ...(answeredAt ? { answer: "Antwoord", answeredById: amUser.id, answeredAt: at(answeredAt) } : {}) });
  await question(orgH.id, employer.id, "2025-03-03T10:00:00Z", "2025-03-05T09:00:00Z"); // Mon → Wed: within
  await question(orgH.id, employer.id, "2025-03-07T14:00:00Z", "2025-03-11T13:00:00Z"); // Fri → Tue: within (weekend skipped)
  await question(orgH.id, employer.id, "2025-03-10T10:00:00Z", "2025-03-13T10:00:00Z"); // Mon → Thu: late
  await question(orgH.id, employer.id, "2025-03-12T10:00:00Z", null); // never answered
  await question(orgH.id, employer.id, "2025-04-01T00:00:00Z", null); // outside
  await question(orgG.id, employerG.id, "2025-03-04T10:00:00Z", "2025-03-04T15:00:00Z"); // within

  // Contact moments: 3 promises due in March (kept, late, open), one double approach; February: one kept.
  await createContactMoment({ organisationId: orgH.id, authorId: amUser.id, contactDate: at("2025-03-01"), followUpPromise: "Bellen", followUpDueDate: at("2025-03-10"), followUpDoneAt: at("2025-03-10T15:00:00Z") });
  await createContactMoment({ organisationId: orgH.id, authorId: amUser.id, contactDate: at("2025-03-01"), followUpPromise: "Mailen", followUpDueDate: at("2025-03-10"), followUpDoneAt: at("2025-03-12T09:00:00Z") });
  await createContactMoment({ organisationId: orgH.id, authorId: amUser.id, contactDate: at("2025-03-01"), followUpPromise: "Langsgaan", followUpDueDate: at("2025-03-20") });
  await createContactMoment({ organisationId: orgH.id, authorId: bm.id, contactDate: at("2025-03-05"), isDoubleApproach: true });
  await createContactMoment({ organisationId: orgH.id, authorId: amUser.id, contactDate: at("2025-02-01"), followUpPromise: "Bellen", followUpDueDate: at("2025-02-10"), followUpDoneAt: at("2025-02-09T09:00:00Z") });

  // Handovers started in March: 6 counted (2 accepted in time, 1 late, 1 refused, 1 bounced, 1 open); 1 without consent.
  const handover = (candidateId: string, status: "ACCEPTED" | "REFUSED" | "BOUNCED" | "PENDING" | "CONSENT_DECLINED", decidedAt: string | null) =>
    createHandover({ candidateId, fromUserId: bm.id, partnerCode: "UWV", status, createdAt: at("2025-03-03"), deadline: at("2025-03-10"), decidedAt: decidedAt ? at(decidedAt) : null });
  await handover(c1.id, "ACCEPTED", "2025-03-05");
  await handover(c7.id, "ACCEPTED", "2025-03-06");
  await handover(c2.id, "ACCEPTED", "2025-03-12");
  await handover(c3.id, "REFUSED", "2025-03-04");
  await handover(c4.id, "BOUNCED", "2025-03-11");
  await handover(c5.id, "PENDING", null);
  await handover(c6.id, "CONSENT_DECLINED", null);

  // Events: a job fair with 5 present (+1 absent, +1 cancelled), a theme session with 2 present, a cancelled fair; February: 1 present.
  const event = (kind: "JOB_FAIR" | "THEME_SESSION" | "SPEED_DATE", startsAt: string, cancelled = false) =>
    prisma.event.create({
      data: { title: `Evenement ${kind}`, kind, description: "Test", startsAt: at(startsAt), endsAt: at(startsAt), location: "Hilversum", capacity: 50, audience: "BOTH", organiserId: amUser.id, cancelledAt: cancelled ? NOW : null },
    });
  const register = async (eventId: string, attended: boolean | null, cancelled = false) =>
    prisma.eventRegistration.create({ data: { eventId, userId: (await createUser()).id, attended, cancelledAt: cancelled ? at("2025-03-01") : null } });
  const fair = await event("JOB_FAIR", "2025-03-10T10:00:00Z");
  for (let i = 0; i < 5; i++) await register(fair.id, true);
  await register(fair.id, false);
  await register(fair.id, true, true);
  const session = await event("THEME_SESSION", "2025-03-12T10:00:00Z");
  await register(session.id, true);
  await register(session.id, true);
  const cancelledFair = await event("JOB_FAIR", "2025-03-20T10:00:00Z", true);
  await register(cancelledFair.id, true);
  const speedDate = await event("SPEED_DATE", "2025-02-10T10:00:00Z");
  await register(speedDate.id, true);

  // SROI: two dossiers run in March (€ 10.000 Hilversum, € 5.000 Gooise Meren from 15 March); February: Hilversum's and an older one (€ 2.000).
  const dossier = (organisationId: string, municipalityCode: string, obligationEuros: number, periodStart: string, periodEnd: string) =>
    prisma.sroiDossier.create({
      data: { organisationId, municipalityCode, contractName: "Contract", contractValueCents: BigInt(obligationEuros * 2000), obligationCents: BigInt(obligationEuros * 100), periodStart: at(periodStart), periodEnd: at(periodEnd), managedById: amUser.id },
    });
  const delivery = (dossierId: string, type: "JOB" | "TRAINING", euros: number, deliveredOn: string, status: "APPROVED" | "REPORTED") =>
    prisma.sroiDelivery.create({ data: { dossierId, type, valueCents: BigInt(euros * 100), description: "Levering", status, reportedById: employer.id, deliveredOn: at(deliveredOn) } });
  const d1 = await dossier(orgH.id, "GM0402", 10_000, "2025-01-01", "2025-12-31");
  const d2 = await dossier(orgG.id, "GM1942", 5_000, "2025-03-15", "2025-06-30");
  const d3 = await dossier(orgH.id, "GM0402", 2_000, "2024-01-01", "2025-02-15");
  await delivery(d1.id, "JOB", 1_500, "2025-03-05", "APPROVED");
  await delivery(d1.id, "JOB", 999, "2025-03-06", "REPORTED");
  await delivery(d2.id, "TRAINING", 500, "2025-03-20", "APPROVED");
  await delivery(d3.id, "JOB", 300, "2025-02-01", "APPROVED");
});

describe("KPI dashboard figures", () => {
  it("delivers every table in order, with headlines and a trend against the previous period", async () => {
    const result = await dashboard();
    expect(result.tables.map((t) => t.id)).toEqual([...KPI_TABLE_IDS]);
    const received = result.headline.find((h) => h.id === "vacatures-ontvangen")!;
    expect(received).toMatchObject({ current: { display: "4", value: 4 }, previous: { display: "1", value: 1 }, trend: "up" });
    const banen = result.headline.find((h) => h.id === "banenafspraak")!;
    // 5 in the period, but the running totals (7 and "< 5") would give the "< 5" away: hidden too (decision 024).
    expect(banen).toMatchObject({ current: { display: "verborgen", value: null }, previous: { display: "< 5", value: null }, trend: "unknown" });
    const checks = result.headline.find((h) => h.id === "nazorg-op-tijd")!;
    expect(checks).toMatchObject({ current: { display: "verborgen", value: null }, previous: { display: "–" }, trend: "unknown" });
  });

  it("gives the first screen the same headline from fewer aggregates, and the rest of the tables after it", async () => {
    const full = await dashboard();
    for (const params of [{}, { gemeente: "GM0402" }] as Record<string, string>[]) {
      const expected = await dashboard(params);
      const first = await getKpiHeadline(staff, filters(params), { now: NOW });
      expect(first.headline).toEqual(expected.headline);
      expect(first.tables.length).toBeLessThan(KPI_TABLE_IDS.length);
      expect(first.tables.map((t) => t.id)).toEqual(expect.arrayContaining([...HEADLINE_TABLE_IDS]));
      const rest = await getKpiTablesExcept(staff, filters(params), first.tables.map((t) => t.id as (typeof KPI_TABLE_IDS)[number]), { now: NOW });
      const together = [...first.tables, ...rest];
      expect(KPI_TABLE_IDS.map((id) => together.find((t) => t.id === id))).toEqual(expected.tables);
    }
    expect(full.headline.map((h) => h.id)).not.toContain("mediaan-eerste-voorstel");
  });

  it("counts vacancies received (1 March 00:00 in, 1 April 00:00 out) and the median days to a first proposal", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "vacatures", "Vacatures ontvangen")).toEqual(["4", "1"]);
    expect(row(tables, "eerste-voorstel", "Vacatures ontvangen")).toEqual(["4", "1"]);
    expect(row(tables, "eerste-voorstel", "Met een eerste voorstel")).toEqual(["3", "1"]);
    expect(row(tables, "eerste-voorstel", "Aandeel met een eerste voorstel")).toEqual(["75%", "100%"]);
    expect(row(tables, "eerste-voorstel", "Mediaan dagen tot het eerste voorstel")).toEqual(["3,0 dagen", "5,0 dagen"]);
  });

  it("counts proposals and outcomes, showing 1–4 people as '< 5' and zero as 0", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "voorstellen", "Voorgesteld aan een werkgever")).toEqual(["6", "< 5"]);
    expect(row(tables, "voorstellen", "Uitgenodigd voor een gesprek")).toEqual(["< 5", "< 5"]);
    expect(row(tables, "voorstellen", "Afgewezen")).toEqual(["< 5", "0"]);
    expect(row(tables, "voorstellen", "Geen antwoord binnen de termijn")).toEqual(["< 5", "0"]);
    // 50% of 6 would give away the "< 5" invited.
    expect(row(tables, "voorstellen", "Aandeel uitgenodigd")).toEqual(["verborgen", "< 5"]);
    expect(row(tables, "afwijzingsredenen", "Uren")).toEqual(["< 5", "0"]);
    expect(row(tables, "afwijzingsredenen", "Afstand")).toEqual(["0", "0"]);
    const invited = tables.find((t) => t.id === "voorstellen")!.rows[1]![1]!;
    expect(invited.value).toBeNull();
  });

  it("counts placements by contract type with the period boundary", async () => {
    const { tables } = await dashboard();
    // Totaal 7 minus Vast 5 would give away Tijdelijk (2): Vast is hidden too.
    expect(row(tables, "plaatsingen-contractvorm", "Vast")).toEqual(["verborgen", "0"]);
    expect(row(tables, "plaatsingen-contractvorm", "Tijdelijk")).toEqual(["< 5", "0"]);
    expect(row(tables, "plaatsingen-contractvorm", "Uitzend")).toEqual(["0", "< 5"]);
    expect(row(tables, "plaatsingen-contractvorm", "Totaal")).toEqual(["7", "< 5"]);
  });

  it("counts duurzame plaatsingen and the share that ended early", async () => {
    const { tables } = await dashboard();
    // 6 = 5 + 1: hiding 5 alone is not enough (6 = "at least 5" + "< 5" leaves only 5 + 1), so the total goes too.
    expect(row(tables, "duurzame-plaatsingen", "Plaatsingen met 6 maanden in de periode")).toEqual(["verborgen", "0"]);
    expect(row(tables, "duurzame-plaatsingen", "Duurzaam (langer dan 6 maanden)")).toEqual(["verborgen", "0"]);
    expect(row(tables, "duurzame-plaatsingen", "Eerder gestopt")).toEqual(["< 5", "0"]);
    expect(row(tables, "duurzame-plaatsingen", "Aandeel eerder gestopt")).toEqual(["verborgen", "–"]);
  });

  it("counts aftercare check-ins done on time, leaving out lapsed ones", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "nazorg-op-tijd", "Gepland in de periode")).toEqual(["10", "0"]);
    // 10 - 8 = 2 = two "< 5" cells, so both would be 1: "op tijd" is hidden too.
    expect(row(tables, "nazorg-op-tijd", "Op tijd gedaan")).toEqual(["verborgen", "0"]);
    expect(row(tables, "nazorg-op-tijd", "Te laat gedaan")).toEqual(["< 5", "0"]);
    expect(row(tables, "nazorg-op-tijd", "Nog niet gedaan")).toEqual(["< 5", "0"]);
    expect(row(tables, "nazorg-op-tijd", "Aandeel op tijd")).toEqual(["verborgen", "–"]);
  });

  it("averages employer scores and shows their distribution; an average over 1–4 answers is hidden", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "tevredenheid-werkgevers", "Antwoorden van werkgevers")).toEqual(["6", "< 5"]);
    // The average and the share are computed from score counts that are "< 5": hidden with them.
    expect(row(tables, "tevredenheid-werkgevers", "Gemiddelde score")).toEqual(["verborgen", "< 5"]);
    expect(row(tables, "tevredenheid-werkgevers", "Aandeel tevreden (score 4 of 5)")).toEqual(["verborgen", "< 5"]);
    expect(row(tables, "tevredenheid-verdeling", "1 (zeer ontevreden)")).toEqual(["0", "< 5"]);
    expect(row(tables, "tevredenheid-verdeling", "4")).toEqual(["< 5", "0"]);
  });

  it("measures employer questions against 2 working days (a weekend does not count) with exact counts", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "vragen-werkgevers", "Vragen gesteld")).toEqual(["5", "0"]);
    expect(row(tables, "vragen-werkgevers", "Binnen 2 werkdagen beantwoord")).toEqual(["3", "0"]);
    expect(row(tables, "vragen-werkgevers", "Later beantwoord")).toEqual(["1", "0"]);
    expect(row(tables, "vragen-werkgevers", "Nog niet beantwoord, norm verstreken")).toEqual(["1", "0"]);
    expect(row(tables, "vragen-werkgevers", "Aandeel binnen de norm")).toEqual(["60%", "–"]);
  });

  it("counts follow-up promises kept and double approaches", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "toezeggingen", "Toezeggingen met een datum in de periode")).toEqual(["3", "1"]);
    expect(row(tables, "toezeggingen", "Op tijd nagekomen")).toEqual(["1", "1"]);
    expect(row(tables, "toezeggingen", "Te laat nagekomen")).toEqual(["1", "0"]);
    expect(row(tables, "toezeggingen", "Nog niet gedaan, datum verstreken")).toEqual(["1", "0"]);
    expect(row(tables, "toezeggingen", "Aandeel op tijd nagekomen")).toEqual(["33%", "100%"]);
    expect(row(tables, "dubbele-benadering", "Contactmomenten met werkgevers")).toEqual(["4", "1"]);
    expect(row(tables, "dubbele-benadering", "Waarvan dubbele benadering")).toEqual(["1", "0"]);
    expect(row(tables, "dubbele-benadering", "Aandeel dubbele benadering")).toEqual(["25%", "0%"]);
  });

  it("counts handovers accepted within the deadline, refused and bounced (without the ones lacking consent)", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "overdrachten", "Overdrachten gestart")).toEqual(["6", "0"]);
    expect(row(tables, "overdrachten", "Binnen de termijn aangenomen")).toEqual(["< 5", "0"]);
    expect(row(tables, "overdrachten", "Teruggekomen (niet op tijd aangenomen)")).toEqual(["< 5", "0"]);
    expect(row(tables, "overdrachten", "Aandeel binnen de termijn aangenomen")).toEqual(["verborgen", "–"]);
  });

  it("counts banenafspraak placements against the regional target of 1,462 and placements per target group", async () => {
    const { tables } = await dashboard();
    // Total 7 minus the total before (< 5) is the period: 5 is hidden, and so is the same 5 in the target-group table.
    expect(row(tables, "banenafspraak", "Plaatsingen banenafspraak in de periode")).toEqual(["verborgen", "< 5"]);
    expect(row(tables, "banenafspraak", "Plaatsingen banenafspraak in totaal (tot het einde van de periode)")).toEqual(["7", "< 5"]);
    expect(row(tables, "banenafspraak", "Regionale doelstelling tot en met 2025")).toEqual(["1.462", "1.462"]);
    expect(row(tables, "plaatsingen-doelgroep", "Doelgroepregister banenafspraak")).toEqual(["verborgen", "< 5"]);
    expect(row(tables, "plaatsingen-doelgroep", "WW-uitkering")).toEqual(["< 5", "0"]);
  });

  it("counts event attendance per kind (no cancelled events or registrations)", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "evenementen", "Banenmarkt")).toEqual(["1", "verborgen", "0"]);
    expect(row(tables, "evenementen", "Themasessie")).toEqual(["1", "< 5", "0"]);
    expect(row(tables, "evenementen", "Speeddate")).toEqual(["0", "0", "< 5"]);
    expect(row(tables, "evenementen", "Totaal")).toEqual(["2", "7", "< 5"]);
  });

  it("compares the SROI obligation of running dossiers with the approved deliveries", async () => {
    const { tables } = await dashboard();
    expect(row(tables, "sroi", "Lopende SROI-dossiers")).toEqual(["2", "2"]);
    expect(row(tables, "sroi", "Verplichting van deze dossiers")).toEqual(["€ 15.000", "€ 12.000"]);
    expect(row(tables, "sroi", "Geleverd en goedgekeurd in de periode")).toEqual(["€ 2.000", "€ 300"]);
    expect(row(tables, "sroi", "Geleverd als deel van de verplichting")).toEqual(["13%", "3%"]);
    expect(row(tables, "sroi", "Geleverd: Opleiding")).toEqual(["€ 500", "€ 0"]);
  });
});

describe("filters", () => {
  it("narrow vacancy figures to the employer's municipality and the occupation class", async () => {
    expect(row((await dashboard({ gemeente: "GM0402" })).tables, "vacatures", "Vacatures ontvangen")).toEqual(["3", "1"]);
    expect(row((await dashboard({ beroepsklasse: "TEC" })).tables, "vacatures", "Vacatures ontvangen")).toEqual(["1", "0"]);
  });

  it("narrow candidate figures to the resident's municipality and the bemiddelaar's partner", async () => {
    const hilversum = (await dashboard({ gemeente: "GM0402" })).tables;
    // 6 = Vast 5 + Tijdelijk 1: with Vast hidden, 6 = "at least 5" + "< 5" still pins both, so the total is hidden.
    expect(row(hilversum, "plaatsingen-contractvorm", "Totaal")).toEqual(["verborgen", "0"]);
    expect(row(hilversum, "plaatsingen-contractvorm", "Tijdelijk")).toEqual(["< 5", "0"]);
    const uwv = (await dashboard({ partner: "UWV" })).tables;
    expect(row(uwv, "voorstellen", "Voorgesteld aan een werkgever")).toEqual(["< 5", "0"]);
    expect(row(uwv, "overdrachten", "Overdrachten gestart")).toEqual(["0", "0"]);
    const gemeente = (await dashboard({ partner: "GEMEENTE" })).tables;
    // 5 of the region's 6: the one outside the filter would be 6 - 5 (decision 024, complement rule).
    expect(row(gemeente, "voorstellen", "Voorgesteld aan een werkgever")).toEqual(["verborgen", "< 5"]);
  });

  it("narrow questions and SROI to the municipality", async () => {
    const { tables } = await dashboard({ gemeente: "GM0402" });
    expect(row(tables, "vragen-werkgevers", "Vragen gesteld")).toEqual(["4", "0"]);
    expect(row(tables, "sroi", "Verplichting van deze dossiers")).toEqual(["€ 10.000", "€ 12.000"]);
  });

  it("leave event figures alone", async () => {
    expect(row((await dashboard({ gemeente: "GM1942" })).tables, "evenementen", "Totaal")).toEqual(["2", "7", "< 5"]);
  });
});

describe("who may read", () => {
  it("refuses employers and residents, for the dashboard and the export", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(getKpiDashboard(actor, filters(), { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getKpiHeadline(actor, filters(), { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getKpiTablesExcept(actor, filters(), [], { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getKpiTable(actor, filters(), "vacatures", { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("allows accountmanagers, bemiddelaars, regional staff and administrators; the export equals the page's table", async () => {
    const page = await dashboard();
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const) {
      const actor = role === "ACCOUNT_MANAGER" ? am : actorFor(await createUser({ role }));
      expect((await getKpiDashboard(actor, filters(), { now: NOW })).tables).toHaveLength(KPI_TABLE_IDS.length);
      expect(await getKpiTable(actor, filters(), "sroi", { now: NOW })).toEqual(page.tables.find((t) => t.id === "sroi"));
    }
  });

  it("refuses an anonymous export and answers an unknown table with NOT_FOUND", async () => {
    await expect(getKpiTable(null, filters(), "vacatures", { now: NOW })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getKpiTable(staff, filters(), "kandidaten", { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/**
 * Issue 15, finding 5: a hidden cell must not be computable from the other figures of the same
 * table. Each equation says `total = sum of parts` (by the facts' definitions); an attacker knows
 * a "< 5" cell is 1–4 and any other hidden cell is 5 or more.
 */
describe("complementary suppression on real KPI data", () => {
  type Ref = [label: string, column: number];
  type Equation = { table: string; total: Ref; parts: Ref[] };

  const cellOf = (tables: DashboardTable[], table: string, [label, column]: Ref) => {
    const found = tables.find((t) => t.id === table)?.rows.find((cells) => cells[0]?.display === label)?.[column];
    if (!found) throw new Error(`no cell ${label}/${column} in ${table}`);
    return found;
  };

  const column = (table: string, total: string, parts: string[], col: number): Equation => ({ table, total: [total, col], parts: parts.map((p) => [p, col] as Ref) });
  const bothPeriods = (table: string, total: string, parts: string[]) => [column(table, total, parts, 1), column(table, total, parts, 2)];
  const CONTRACTS = Object.values(PLACEMENT_CONTRACT_LABELS);
  const EVENT_KINDS = Object.values(EVENT_KIND_LABELS);

  /** What an attacker can work out from one equation: a hidden member whose value is forced. */
  function recovered(tables: DashboardTable[], { table, total, parts }: Equation): string[] {
    const members = [{ ref: total, sign: -1 }, ...parts.map((ref) => ({ ref, sign: 1 }))];
    const rows = tables.find((t) => t.id === table)!.rows.map((r) => r[0]!.display);
    const present = members.filter((m) => rows.includes(m.ref[0]));
    const cells = present.map((m) => ({ ...m, cell: cellOf(tables, table, m.ref) }));
    const hidden = cells.filter((c) => c.cell.value === null);
    if (hidden.length === 0) return [];
    const known = cells.filter((c) => c.cell.value !== null).reduce((sum, c) => sum + c.sign * Number(c.cell.value), 0);
    const bounds = hidden.map((c) => (c.cell.display === "< 5" ? [1, 4] : [5, Infinity]) as [number, number]);
    // sum(sign * hidden) = -known; a member is forced when the others' range pins it.
    return hidden.flatMap((c, i) => {
      let lo = -known;
      let hi = -known;
      hidden.forEach((o, j) => {
        if (j === i) return;
        const [a, b] = bounds[j]!;
        lo -= o.sign > 0 ? b : -a;
        hi -= o.sign > 0 ? a : -b;
      });
      const [min, max] = c.sign > 0 ? [lo, hi] : [-hi, -lo];
      const from = Math.max(min, bounds[i]![0]);
      const to = Math.min(max, bounds[i]![1]);
      return from === to ? [`${table}: ${c.ref[0]} (kolom ${c.ref[1]}) = ${from}`] : [];
    });
  }

  it("leaves no hidden count that a total minus the other rows, or a percentage, gives away", async () => {
    const { tables } = await dashboard();
    const equations: Equation[] = [
      ...bothPeriods("plaatsingen-contractvorm", "Totaal", CONTRACTS),
      ...bothPeriods("duurzame-plaatsingen", "Plaatsingen met 6 maanden in de periode", ["Duurzaam (langer dan 6 maanden)", "Eerder gestopt"]),
      ...bothPeriods("nazorg-op-tijd", "Gepland in de periode", ["Op tijd gedaan", "Te laat gedaan", "Nog niet gedaan"]),
      ...bothPeriods("overdrachten", "Overdrachten gestart", [
        "Binnen de termijn aangenomen",
        "Na de termijn aangenomen",
        "Geweigerd door de partner",
        "Teruggekomen (niet op tijd aangenomen)",
        "Ingetrokken",
        "Nog open",
      ]),
      column("evenementen", "Totaal", EVENT_KINDS, 2),
      column("evenementen", "Totaal", EVENT_KINDS, 3),
      {
        table: "banenafspraak",
        total: ["Plaatsingen banenafspraak in totaal (tot het einde van de periode)", 1],
        parts: [["Plaatsingen banenafspraak in totaal (tot het einde van de periode)", 2], ["Plaatsingen banenafspraak in de periode", 1]],
      },
    ];
    expect(equations.flatMap((equation) => recovered(tables, equation))).toEqual([]);

    // A percentage or average next to its base gives its numerator away: hidden with it.
    for (const col of [1, 2]) {
      const satisfaction = tables.find((t) => t.id === "tevredenheid-verdeling")!.rows.map((r) => r[col]!);
      const average = cellOf(tables, "tevredenheid-werkgevers", ["Gemiddelde score", col]);
      const satisfied = cellOf(tables, "tevredenheid-werkgevers", ["Aandeel tevreden (score 4 of 5)", col]);
      if (satisfaction.some((cell) => cell.value === null)) {
        expect(average.value).toBeNull();
        expect(satisfied.value).toBeNull();
      }
      const early = cellOf(tables, "duurzame-plaatsingen", ["Eerder gestopt", col]);
      if (early.value === null) expect(cellOf(tables, "duurzame-plaatsingen", ["Aandeel eerder gestopt", col]).value).toBeNull();
    }
  });

  it("hides a filtered count that differs from the region's by 1–4 people", async () => {
    const region = (await dashboard()).tables;
    const hilversum = (await dashboard({ gemeente: "GM0402" })).tables;
    // Region: 6 proposals; Hilversum: 5. Showing both would say "1 outside Hilversum".
    expect(row(region, "voorstellen", "Voorgesteld aan een werkgever")).toEqual(["6", "< 5"]);
    expect(row(hilversum, "voorstellen", "Voorgesteld aan een werkgever")).toEqual(["verborgen", "< 5"]);
    // The same count in both views is no difference: 10 check-ins planned, all in Hilversum.
    expect(row(region, "nazorg-op-tijd", "Gepland in de periode")).toEqual(["10", "0"]);
    expect(row(hilversum, "nazorg-op-tijd", "Gepland in de periode")).toEqual(["10", "0"]);
  });

  it("shows no count of 1–4 people in any table", async () => {
    for (const params of [{}, { gemeente: "GM0402" }, { partner: "UWV" }] as Record<string, string>[]) {
      const { tables } = await dashboard(params);
      const peopleTables = tables.filter((t) => !["vacatures", "eerste-voorstel", "vragen-werkgevers", "toezeggingen", "dubbele-benadering", "sroi"].includes(t.id));
      for (const table of peopleTables) {
        for (const cells of table.rows) {
          for (const [index, cell] of cells.entries()) {
            if (index === 0 || (table.id === "evenementen" && index === 1)) continue;
            if (typeof cell.value === "number" && !cell.display.endsWith("%") && !cell.display.includes(",") && cells[0]!.display !== "Regionale doelstelling tot en met 2025") {
              expect([1, 2, 3, 4], `${table.id} ${cells[0]!.display}`).not.toContain(cell.value);
            }
          }
        }
      }
    }
  });
});
