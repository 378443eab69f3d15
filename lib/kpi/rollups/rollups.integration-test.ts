import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractType, ProposalStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardTable } from "@/lib/dashboard/table";
import { SUSTAINABLE_AFTER_MONTHS } from "@/lib/placements/sustainable-date";
import { createCandidate, createMediator } from "@/tests/factories/candidates";
import { createOrganisation, ensureRegion } from "@/tests/factories/organisations";
import { createQuestion } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createVacancy } from "@/tests/factories/vacancies";
import { PROPOSALS_FACT } from "../facts/proposals-fact";
import { SUSTAINABLE_MARK } from "../facts/sustainable-fact";
import { HEADLINE_TABLE_IDS } from "../headline";
import { runKpiQueries } from "../tables";
import { readFact } from "./read-fact";
import { refreshFactDays } from "./refresh-fact-days";
import { consecutiveRuns, refreshKpiRollups } from "./refresh-kpi-rollups";

/**
 * The roll-ups are a cache: with them the dashboard must show exactly what it shows without them.
 * A small world from September 2024 to April 2025, read on 10 April 2025 (the open month is April).
 */
const NOW = new Date("2025-04-10T12:00:00Z");
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
const day = 86_400_000;

const FILTERS: Record<string, string>[] = [
  { periode: "2025" },
  { periode: "2025-Q1" },
  { periode: "2025-03" },
  { periode: "2025-04" },
  { periode: "2025", gemeente: "GM0402" },
  { periode: "2025", gemeente: "GM1942" },
  { periode: "2025-Q1", beroepsklasse: "ZOR" },
  { periode: "2025", partner: "UWV" },
  { periode: "2025-03", partner: "GEMEENTE", gemeente: "GM0402" },
];

let ids: { proposalOpen: string; candidateU: string; bmGemeente: string; bmUwv: string; orgH: string; vacancyH: string; bmSwitcher: string; candidateD: string };

async function headlineTables(params: Record<string, string>, now = NOW): Promise<DashboardTable[]> {
  return runKpiQueries({ filters: parseDashboardFilters(params, now), now }, (id) => HEADLINE_TABLE_IDS.includes(id));
}

/**
 * Every filter's headline tables, computed from the source rows only: a generation far ahead makes
 * every roll-up unreadable for a moment (as a change of a partner or work area would), then it is undone.
 */
async function liveEverywhere(now = NOW) {
  await prisma.$executeRaw`INSERT INTO "KpiRollupFact" ("fact", "generation") SELECT DISTINCT "fact", 0 FROM "KpiRollupUnit" ON CONFLICT DO NOTHING`;
  await prisma.$executeRaw`UPDATE "KpiRollupFact" SET "generation" = "generation" + 1000`;
  try {
    return await Promise.all(FILTERS.map((params) => headlineTables(params, now)));
  } finally {
    await prisma.$executeRaw`UPDATE "KpiRollupFact" SET "generation" = "generation" - 1000`;
  }
}

async function withRollups(now = NOW) {
  return Promise.all(FILTERS.map((params) => headlineTables(params, now)));
}

const units = async (fact: string, grain: "day" | "month", start: string) =>
  prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "KpiRollupUnit" WHERE "fact" = ${fact} AND "grain" = ${grain} AND "start" = ${start}::date`.then(
    (rows) => rows[0]!.n,
  );

beforeAll(async () => {
  await ensureRegion();
  await prisma.targetGroup.createMany({ data: [{ code: "DGR", name: "Doelgroepregister banenafspraak" }] });
  const am = await createUser({ role: "ACCOUNT_MANAGER" });
  const bm = await createMediator({ partnerCode: "GEMEENTE" });
  const bmUwv = await createMediator({ partnerCode: "UWV" });
  const bmSwitcher = await createMediator({ partnerCode: "GEMEENTE" });
  const orgH = await createOrganisation({ ownerId: am.id, municipalityCode: "GM0402" });
  const orgG = await createOrganisation({ ownerId: am.id, municipalityCode: "GM1942" });
  for (const code of ["ZOR", "TEC"]) await prisma.occupationClass.upsert({ where: { code }, update: {}, create: { code, name: code } });
  const vacancy = async (organisationId: string, createdAt: string, occupationClassCode: string) => {
    const created = await createVacancy({ organisationId });
    return prisma.vacancy.update({ where: { id: created.id }, data: { createdAt: at(createdAt), occupationClassCode } });
  };
  const vH = await vacancy(orgH.id, "2025-01-06T09:00:00Z", "ZOR");
  const vH2 = await vacancy(orgH.id, "2025-03-03T09:00:00Z", "TEC");
  const vG = await vacancy(orgG.id, "2025-02-10T09:00:00Z", "ZOR");
  await vacancy(orgG.id, "2025-04-08T09:00:00Z", "TEC");

  const people = [];
  for (let i = 0; i < 8; i++) {
    people.push(await createCandidate({ ownerId: i < 5 ? bm.id : i < 7 ? bmUwv.id : bmSwitcher.id, municipalityCode: i % 2 ? "GM1942" : "GM0402", targetGroupCodes: i < 3 ? ["DGR"] : [] }));
  }
  const proposal = (vacancyId: string, candidateId: string, status: ProposalStatus, sharedAt: string, respondedAt: string | null, dueDays = 14) =>
    prisma.proposal.create({
      data: {
        vacancyId, candidateId, proposedById: bm.id, motivation: "Past goed.", status,
        sharedAt: at(sharedAt), responseDueBy: new Date(at(sharedAt).getTime() + dueDays * day), respondedAt: respondedAt ? at(respondedAt) : null,
        ...(status === "DECLINED" ? { declineReason: "HOURS" as const } : {}),
      },
    });
  await proposal(vH.id, people[0]!.id, "INVITED", "2025-01-08T10:00:00Z", "2025-01-09T10:00:00Z");
  await proposal(vH.id, people[1]!.id, "DECLINED", "2025-01-08T11:00:00Z", "2025-01-10T10:00:00Z");
  await proposal(vG.id, people[5]!.id, "PLACED", "2025-02-12T10:00:00Z", "2025-02-13T10:00:00Z");
  await proposal(vH2.id, people[2]!.id, "PROPOSED", "2025-03-05T10:00:00Z", null);
  await proposal(vH2.id, people[7]!.id, "INVITED", "2025-03-06T10:00:00Z", "2025-03-07T10:00:00Z");
  // Shared on 31 March and unanswered: its 14-day deadline (14 April) lies after NOW.
  const open = await proposal(vH2.id, people[3]!.id, "PROPOSED", "2025-03-31T10:00:00Z", null);
  await proposal(vG.id, people[6]!.id, "PROPOSED", "2025-04-09T10:00:00Z", null);

  const placement = (candidateId: string, startDate: string, contractType: ContractType, vacancyId: string | null, organisationId: string, extra: object = {}) =>
    prisma.placement.create({ data: { candidateId, organisationId, vacancyId, recordedById: bm.id, startDate: at(startDate), contractType, hoursPerWeek: 24, ...extra } });
  const p1 = await placement(people[0]!.id, "2024-09-02", "PERMANENT", vH.id, orgH.id);
  const p2 = await placement(people[1]!.id, "2024-09-16", "TEMPORARY", vH.id, orgH.id, { endedOn: at("2024-12-01"), endReasonCode: "RESIGNED" });
  const p3 = await placement(people[5]!.id, "2025-02-17", "PERMANENT", vG.id, orgG.id);
  await placement(people[7]!.id, "2025-03-10", "AGENCY", vH2.id, orgH.id);
  await placement(people[2]!.id, "2025-04-01", "BBL", null, orgH.id);

  const check = (placementId: string, side: "EMPLOYEE" | "EMPLOYER", monthsAfterStart: number, dueDate: string, completedAt: string | null, score: number | null = null) =>
    prisma.aftercareCheck.create({ data: { placementId, side, monthsAfterStart, dueDate: at(dueDate), completedAt: completedAt ? at(completedAt) : null, score } });
  await check(p1.id, "EMPLOYEE", 6, "2025-03-02", "2025-03-03T10:00:00Z", 4);
  await check(p1.id, "EMPLOYER", 6, "2025-03-02", "2025-03-20T10:00:00Z", 5);
  await check(p3.id, "EMPLOYER", 1, "2025-03-17", null);
  await check(p3.id, "EMPLOYEE", 1, "2025-03-17", "2025-03-18T10:00:00Z", 3);
  await check(p2.id, "EMPLOYER", 1, "2024-10-16", "2025-01-15T10:00:00Z", 2);

  const employer = await createUser({ role: "EMPLOYER", organisationId: orgH.id });
  await createQuestion({ organisationId: orgH.id, askedById: employer.id, createdAt: at("2025-03-07T14:00:00Z"), answer: "Ja", answeredById: am.id, answeredAt: at("2025-03-11T13:00:00Z") });
  await createQuestion({ organisationId: orgH.id, askedById: employer.id, createdAt: at("2025-03-12T10:00:00Z") });
  await createQuestion({ organisationId: orgH.id, askedById: employer.id, createdAt: at("2025-04-09T10:00:00Z") });

  ids = {
    proposalOpen: open.id, candidateU: people[5]!.id, bmGemeente: bm.id, bmUwv: bmUwv.id, orgH: orgH.id, vacancyH: vH.id,
    bmSwitcher: bmSwitcher.id, candidateD: people[3]!.id,
  };
});

describe("KPI roll-ups", () => {
  it("give exactly the live figures for every headline table and filter, and are really read", async () => {
    const live = await liveEverywhere();
    const first = await refreshKpiRollups(NOW);
    expect(first.days).toBeGreaterThan(300);
    expect(first.months).toBeGreaterThanOrEqual(12);
    expect(await withRollups()).toEqual(live);

    // Proof that the figures come from the roll-up rows: change a stored count behind the triggers' back.
    await prisma.$executeRaw`UPDATE "KpiRollupRow" SET "measures"[1] = "measures"[1] + 1000 WHERE "fact" = 'vacancies' AND "grain" = 'month' AND "start" = '2025-01-01'`;
    const vacancies = (await headlineTables({ periode: "2025" })).find((table) => table.id === "vacatures")!;
    expect(vacancies.rows[0]![1]!.value).toBe(1004);
    await prisma.$executeRaw`DELETE FROM "KpiRollupUnit" WHERE "fact" = 'vacancies'`;
    await refreshKpiRollups(NOW);
    expect(await withRollups()).toEqual(live);
  });

  it("is idempotent: a second run rebuilds nothing", async () => {
    await refreshKpiRollups(NOW);
    expect(await refreshKpiRollups(NOW)).toEqual({ days: 0, months: 0, busy: 0 });
  });

  it("invalidates the changed day and its month in the same transaction, so the figures stay exact", async () => {
    await refreshKpiRollups(NOW);
    expect(await units("proposals", "day", "2025-03-05")).toBe(1);
    expect(await units("proposals", "month", "2025-03-01")).toBe(1);
    await prisma.proposal.updateMany({ where: { status: "PROPOSED", sharedAt: at("2025-03-05T10:00:00Z") }, data: { status: "INVITED", respondedAt: at("2025-04-01T09:00:00Z") } });
    expect(await units("proposals", "day", "2025-03-05")).toBe(0);
    expect(await units("proposals", "month", "2025-03-01")).toBe(0);
    expect(await units("proposals", "day", "2025-03-06")).toBe(1);
    const after = await withRollups();
    expect(after).toEqual(await liveEverywhere());
  });

  it("follows a change of dimension: bemiddelaar, municipality, occupation class, doelgroepregister, partner", async () => {
    const changes: (() => Promise<unknown>)[] = [
      () => prisma.candidate.update({ where: { id: ids.candidateU }, data: { ownerId: ids.bmGemeente } }),
      () => prisma.candidate.update({ where: { id: ids.candidateU }, data: { municipalityCode: "GM0402" } }),
      () => prisma.organisation.update({ where: { id: ids.orgH }, data: { municipalityCode: "GM1942" } }),
      () => prisma.vacancy.update({ where: { id: ids.vacancyH }, data: { occupationClassCode: "TEC" } }),
      () => prisma.candidateTargetGroup.create({ data: { candidateId: ids.candidateU, targetGroupCode: "DGR" } }),
      async () => {
        const uwv = await prisma.partnerOrganisation.findUniqueOrThrow({ where: { code: "UWV" } });
        return prisma.user.update({ where: { id: ids.bmSwitcher }, data: { partnerOrganisationId: uwv.id } });
      },
    ];
    for (const change of changes) {
      await refreshKpiRollups(NOW);
      const before = await withRollups();
      await change();
      const after = await withRollups();
      const live = await liveEverywhere();
      expect(after).toEqual(live);
      expect(live).not.toEqual(before);
    }
    // Six changes × nine filter sets, each filtered set read twice (filtered and for the region, decision 024).
  }, 180_000);

  it("turns a day live again when a deadline passes: an unanswered proposal becomes 'no answer'", async () => {
    await refreshKpiRollups(NOW);
    expect(await units("proposals", "day", "2025-03-31")).toBe(1);
    const later = new Date("2025-04-15T12:00:00Z");
    const noAnswer = async (now: Date) => (await readFact(PROPOSALS_FACT, { filters: parseDashboardFilters({ periode: "2025-03" }, now), now })).cur.noAnswer ?? 0;
    const stored = await noAnswer(later);
    await prisma.$executeRaw`DELETE FROM "KpiRollupUnit"`;
    expect(stored).toBe(await noAnswer(later));
    expect(await noAnswer(later)).toBe((await noAnswer(NOW)) + 1);
  });

  it("does not read roll-ups built after `now` (a demo clock moved back) and counts live instead", async () => {
    await refreshKpiRollups(NOW);
    // On 13 March the question of 12 March is still within its norm and the check-in of 17 March not yet due.
    const earlier = new Date("2025-03-13T12:00:00Z");
    const withStored = await Promise.all(FILTERS.map((params) => headlineTables(params, earlier)));
    expect(withStored).toEqual(await liveEverywhere(earlier));
  });

  it("gives up on a day a writer holds instead of waiting, and writes nothing for it", async () => {
    await prisma.$executeRaw`DELETE FROM "KpiRollupUnit" WHERE "fact" = 'proposals'`;
    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Proposal" SET "respondedAt" = $1 WHERE id = $2`, [at("2025-04-02T09:00:00Z"), ids.proposalOpen]);
      const busy = await refreshFactDays(PROPOSALS_FACT, [at("2025-03-30"), at("2025-03-31")], NOW);
      expect(busy).toBe("busy");
      expect(await units("proposals", "day", "2025-03-30")).toBe(0);
      await writer.query("ROLLBACK");
    } finally {
      await writer.end();
    }
    expect(await refreshFactDays(PROPOSALS_FACT, [at("2025-03-30"), at("2025-03-31")], NOW)).toBe("done");
    expect(await units("proposals", "day", "2025-03-31")).toBe(1);
  });

  it("splits days into consecutive runs", () => {
    expect(consecutiveRuns([at("2025-03-01"), at("2025-03-02"), at("2025-03-04")]).map((run) => run.length)).toEqual([2, 1]);
    expect(consecutiveRuns([])).toEqual([]);
  });

  it("writes the 6-month mark as the migration's triggers and index do", () => {
    expect(SUSTAINABLE_AFTER_MONTHS).toBe(6);
    expect(SUSTAINABLE_MARK).toBe(`(pl."startDate" + interval '6 months')::date`);
  });
});
