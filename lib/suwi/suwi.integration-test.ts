import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { prisma } from "@/lib/db";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createContactMoment, dbDate } from "@/tests/factories/contacts";
import { createAccountManager, createOrganisation, ensureRegion } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createVacancy } from "@/tests/factories/vacancies";
import { findSuwiEmployers } from "./find-suwi-employers";
import { getSuwiExportTable } from "./get-suwi-export-table";
import { getSuwiTotals } from "./get-suwi-totals";

const now = new Date("2026-12-01T10:00:00Z");
const october = parseDashboardFilters({ periode: "2026-10" }, now);
const september = parseDashboardFilters({ periode: "2026-09" }, now);

let staff: Actor;
let ids: Record<"proposed" | "info" | "carving" | "aftercare" | "nothing" | "outside", string>;

async function proposalFor(organisationId: string, options: { status: "PROPOSED" | "AWAITING_CONSENT" | "PLACED"; sharedAt: Date | null }) {
  const mediator = await createMediator();
  const { candidate } = await createJobseeker({ ownerId: mediator.id });
  const vacancy = await createVacancy({ organisationId });
  const proposal = await prisma.proposal.create({
    data: { vacancyId: vacancy.id, candidateId: candidate.id, proposedById: mediator.id, motivation: "Past goed.", status: options.status, sharedAt: options.sharedAt },
  });
  return { mediator, candidate, vacancy, proposal };
}

async function advice(organisationId: string, byUserId: string, kind: "INSTRUMENT_INFORMATION" | "INSTRUMENT_ADVICE" | "JOB_CARVING" | "LABOUR_MARKET_INFORMATION", givenOn: string) {
  await prisma.adviceRecord.create({ data: { organisationId, byUserId, kind, note: "Advies gegeven.", givenOn: dbDate(givenOn) } });
}

beforeAll(async () => {
  await ensureRegion();
  const am = await createAccountManager({ name: "Anna Accountmanager" });
  const other = await createAccountManager({ name: "Bert Accountmanager" });
  staff = actorFor(await createUser({ role: "REGIONAL_STAFF" }));
  const org = (legalName: string, municipalityCode: string, ownerId = am.id) => createOrganisation({ ownerId, legalName, municipalityCode });

  // 1: a proposal shared on the last second of October counts; one awaiting consent does not.
  const proposed = await org("Bakkerij Voordracht", "GM0402");
  await proposalFor(proposed.id, { status: "PROPOSED", sharedAt: new Date("2026-10-31T23:59:59Z") });
  await proposalFor(proposed.id, { status: "AWAITING_CONSENT", sharedAt: null });

  // 2 on the first day of the period (inclusive); 3 on the first day of November (exclusive).
  const info = await org("Garage Informatie", "GM1942");
  await advice(info.id, am.id, "INSTRUMENT_INFORMATION", "2026-10-01");
  await advice(info.id, am.id, "INSTRUMENT_ADVICE", "2026-11-01");

  // 4 and 5 through contact topics, 3 through an advice record; a topic without a keyword counts for nothing.
  const carving = await org("Zorggroep Jobcarving", "GM0402", other.id);
  await createContactMoment({ organisationId: carving.id, authorId: other.id, contactDate: dbDate("2026-10-15"), topic: "Jobcarving (BIA)" });
  await createContactMoment({ organisationId: carving.id, authorId: other.id, contactDate: dbDate("2026-10-16"), topic: "Arbeidsmarktinformatie" });
  await createContactMoment({ organisationId: carving.id, authorId: other.id, contactDate: dbDate("2026-10-17"), topic: "Kennismaking" });
  await advice(carving.id, other.id, "INSTRUMENT_ADVICE", "2026-10-20");

  // 1 through aftercare: a check-in completed in October for a placement at this employer.
  const aftercare = await org("Hoveniersbedrijf Nazorg", "GM1942");
  const placed = await proposalFor(aftercare.id, { status: "PLACED", sharedAt: new Date("2026-03-01T09:00:00Z") });
  const placement = await prisma.placement.create({
    data: {
      proposalId: placed.proposal.id,
      candidateId: placed.candidate.id,
      vacancyId: placed.vacancy.id,
      organisationId: aftercare.id,
      recordedById: placed.mediator.id,
      startDate: dbDate("2026-04-01"),
      contractType: "TEMPORARY",
      hoursPerWeek: 24,
    },
  });
  await prisma.aftercareCheck.create({
    data: { placementId: placement.id, side: "EMPLOYER", monthsAfterStart: 6, dueDate: dbDate("2026-10-01"), completedAt: new Date("2026-10-02T10:00:00Z"), score: 4 },
  });

  // Nothing in October: a shared proposal on the last second of September and a contact in November.
  const nothing = await org("Drukkerij Stilte", "GM0402");
  await proposalFor(nothing.id, { status: "PROPOSED", sharedAt: new Date("2026-09-30T23:59:59Z") });
  await createContactMoment({ organisationId: nothing.id, authorId: am.id, contactDate: dbDate("2026-11-02"), topic: "Instrumenten" });

  // An employer without municipality: in the regional totals, outside every municipality filter.
  const outside = await createOrganisation({ ownerId: am.id, legalName: "Transport Elders", municipalityCode: null });

  ids = { proposed: proposed.id, info: info.id, carving: carving.id, aftercare: aftercare.id, nothing: nothing.id, outside: outside.id };
});

const byId = (rows: { id: string }[]) => new Map(rows.map((row) => [row.id, row]));

describe("SUWI basic-package monitor", () => {
  it("derives each of the five services per employer from proposals, aftercare, advice and contacts", async () => {
    const { rows, total } = await findSuwiEmployers(staff, october);
    expect(total).toBe(6);
    const row = byId(rows);
    expect(row.get(ids.proposed)).toMatchObject({ proposed: true, instrumentInformation: false, instrumentAdvice: false, jobCarving: false, labourMarketInformation: false, serviceCount: 1, proposals: 1 });
    expect(row.get(ids.info)).toMatchObject({ proposed: false, instrumentInformation: true, instrumentAdvice: false, serviceCount: 1 });
    expect(row.get(ids.carving)).toMatchObject({
      proposed: false,
      instrumentInformation: false,
      instrumentAdvice: true,
      jobCarving: true,
      labourMarketInformation: true,
      serviceCount: 3,
      ownerName: "Bert Accountmanager",
    });
    expect(row.get(ids.aftercare)).toMatchObject({ proposed: true, proposals: 0, aftercareChecks: 1, serviceCount: 1 });
    expect(row.get(ids.nothing)).toMatchObject({ serviceCount: 0 });
  });

  it("totals count employers per service and list the ones without any service for follow-up", async () => {
    const totals = await getSuwiTotals(staff, october);
    expect(totals).toMatchObject({
      employers: 6,
      withoutService: 2,
      services: { proposed: 2, instrumentInformation: 1, instrumentAdvice: 1, jobCarving: 1, labourMarketInformation: 1 },
      evidence: { proposals: 1, aftercareChecks: 1, adviceInstrumentInformation: 1, adviceInstrument: 1, contactJobCarving: 1, contactLabourMarket: 1, contactInstrumentInformation: 0 },
    });
    const followUp = await findSuwiEmployers(staff, october, { withoutServiceOnly: true });
    expect(followUp.rows.map((row) => [row.name, row.ownerName])).toEqual([
      ["Drukkerij Stilte", "Anna Accountmanager"],
      ["Transport Elders", "Anna Accountmanager"],
    ]);
  });

  it("moves evidence with the period boundaries", async () => {
    const totals = await getSuwiTotals(staff, september);
    expect(totals.services).toEqual({ proposed: 1, instrumentInformation: 0, instrumentAdvice: 0, jobCarving: 0, labourMarketInformation: 0 });
    const november = await getSuwiTotals(staff, parseDashboardFilters({ periode: "2026-11" }, now));
    expect(november.services).toMatchObject({ instrumentInformation: 1, instrumentAdvice: 1, proposed: 0 });
  });

  it("applies the municipality and work-area filters to employers, and searches by name", async () => {
    const hilversum = await getSuwiTotals(staff, parseDashboardFilters({ periode: "2026-10", gemeente: "GM0402" }, now));
    expect(hilversum).toMatchObject({ employers: 3, withoutService: 1, services: { proposed: 1, jobCarving: 1, instrumentInformation: 0 } });

    const workArea = await prisma.municipality.findUniqueOrThrow({ where: { code: "GM1942" }, select: { workAreaId: true } });
    const gooi = await findSuwiEmployers(staff, parseDashboardFilters({ periode: "2026-10", werkgebied: workArea.workAreaId }, now));
    expect(gooi.rows.map((row) => row.id).sort()).toEqual([ids.info, ids.aftercare].sort());

    const search = await findSuwiEmployers(staff, october, { search: "garage" });
    expect(search.rows.map((row) => row.id)).toEqual([ids.info]);
    const wildcard = await findSuwiEmployers(staff, october, { search: "%" });
    expect(wildcard.total).toBe(0);
  });

  it("pages the employer table and exports every row", async () => {
    const second = await findSuwiEmployers(staff, october, { page: 2 });
    expect(second).toMatchObject({ rows: [], total: 6, page: 2, pageCount: 1 });
    const csvTable = await getSuwiExportTable(staff, october, "suwi-werkgevers");
    expect(csvTable.rows).toHaveLength(6);
    const services = await getSuwiExportTable(staff, october, "suwi-bewijs");
    expect(services.rows[0]!.at(-1)).toEqual({ display: "< 5", value: null });
  });

  it.each(["ACCOUNT_MANAGER", "JOB_MEDIATOR", "ADMIN"] as Role[])("lets %s read", async (role) => {
    const actor = actorFor(await createUser({ role }));
    await expect(getSuwiTotals(actor, october)).resolves.toMatchObject({ employers: 6 });
    await expect(getSuwiExportTable(actor, october, "suwi-diensten")).resolves.toMatchObject({ id: "suwi-diensten" });
  });

  it.each(["EMPLOYER", "JOBSEEKER"] as Role[])("refuses %s", async (role) => {
    const actor = actorFor(await createUser({ role, organisationId: role === "EMPLOYER" ? ids.proposed : null }));
    await expect(getSuwiTotals(actor, october)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findSuwiEmployers(actor, october)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSuwiExportTable(actor, october, "suwi-opvolging")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
