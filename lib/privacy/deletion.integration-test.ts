import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { loginAccountKeyFor } from "@/lib/auth/login-throttle";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { startUserSession } from "@/lib/auth/start-user-session";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { prisma } from "@/lib/db";
import { getKpiDashboard } from "@/lib/kpi/get-kpi-dashboard";
import { createCandidate } from "@/tests/factories/candidates";
import { createCaseNote, createHandover } from "@/tests/factories/handovers";
import { createHelpRequest } from "@/tests/factories/help-requests";
import { createMunicipality } from "@/tests/factories/organisations";
import { createPlaceableProposal, createPlacementRow } from "@/tests/factories/placements";
import { actorFor } from "@/tests/factories/questions";
import { createUser, TEST_PASSWORD, uniqueSuffix } from "@/tests/factories/users";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";
import { completeDeletion } from "./complete-deletion";
import { DELETION_PLAN } from "./deletion-plan";
import { findDeletionRequests } from "./find-deletion-requests";
import { getDeletionRequest } from "./get-deletion-request";
import { refuseDeletion } from "./refuse-deletion";
import { requestDeletion } from "./request-deletion";

const NOW = new Date("2026-06-01T10:00:00Z");

async function admin(): Promise<Actor> {
  return actorFor(await createUser({ role: "ADMIN", name: "Beheerder Test" }));
}

async function ensureTargetGroups() {
  for (const [code, name] of [["DGR", "Doelgroepregister banenafspraak"], ["STATUSHOUDER", "Statushouder"]] as const) {
    await prisma.targetGroup.upsert({ where: { code }, update: {}, create: { code, name } });
  }
}

type Person = { firstName: string; lastName: string; phone: string; bsn: string; cvMarker: string };

/** A placed resident with rows in every table that can hold data about them, and an open deletion request. */
async function residentEverywhere(person: Person, options: { contractType?: "PERMANENT" | "TEMPORARY" } = {}) {
  const ref = await ensureVacancyReferenceData();
  await ensureTargetGroups();
  const municipality = await createMunicipality({ code: "GM0402", name: "Hilversum", workAreaId: ref.workAreaId });
  const world = await createPlaceableProposal({ firstName: person.firstName, lastName: person.lastName });
  const { candidate, resident, mediator, vacancy, organisation, accountManager, employer, proposal } = world;
  const fullName = `${person.firstName} ${person.lastName}`;

  await prisma.user.update({ where: { id: resident.id }, data: { name: fullName, phone: person.phone } });
  await prisma.candidate.update({
    where: { id: candidate.id },
    data: {
      phone: person.phone,
      birthDate: new Date("1990-04-03T00:00:00Z"),
      gender: "v",
      postcode: "1211AB",
      municipalityCode: municipality.code,
      educationLevel: "MBO2",
      languages: ["nl", "pap"],
      hoursPerWeekMin: 16,
      skills: { create: [{ skillCode: ref.skillCodes[0]!, level: 3 }] },
      occupationWishes: { create: [{ occupationClassCode: ref.occupationClassCode }] },
      workAreaWishes: { create: [{ workAreaId: ref.workAreaId }] },
      targetGroups: { create: [{ targetGroupCode: "DGR" }, { targetGroupCode: "STATUSHOUDER" }] },
    },
  });
  await prisma.candidateCv.create({
    data: { candidateId: candidate.id, fileName: `cv-${person.lastName}.pdf`, sizeBytes: 40, sha256: "a".repeat(64), content: Buffer.from(`%PDF-${person.cvMarker}%%EOF`) },
  });
  await prisma.workReadinessAssessment.create({
    data: {
      candidateId: candidate.id,
      assessedById: mediator.id,
      assessedOn: new Date("2026-01-02T00:00:00Z"),
      ruleVersion: 1,
      employeeSkillScores: { Werkmotivatie: 3, toelichting: person.lastName },
      lifeDomainScores: { Schulden: 1 },
      notes: `${fullName} heeft schulden`,
      derivedWorkReady: true,
      overrideReason: `Gesprek met ${person.firstName}`,
    },
  });
  await createHelpRequest({ candidateId: candidate.id });
  await prisma.helpRequest.updateMany({ where: { candidateId: candidate.id }, data: { text: `Ik ben ${fullName}, BSN ${person.bsn}, bel ${person.phone}` } });
  await prisma.proposal.update({
    where: { id: proposal.id },
    data: { motivation: `${fullName} past goed`, declineText: `Niet ${person.lastName}`, interviewNote: `Gesprek met ${person.lastName}`, withdrawnReason: person.lastName },
  });
  const placement = await createPlacementRow(world, {
    contractType: options.contractType ?? "PERMANENT",
    instruments: [{ code: "LKS", amountCents: 150_000, wageValuePct: 60 }],
  });
  await prisma.placement.update({ where: { id: placement.id }, data: { endReason: `${person.firstName} verhuist` } });
  const [first, second] = placement.aftercareChecks;
  await prisma.aftercareCheck.update({ where: { id: first!.id }, data: { completedAt: NOW, score: 4, comment: `${person.firstName} doet het goed`, completedById: mediator.id } });
  await prisma.aftercareCheck.update({ where: { id: second!.id }, data: { completedAt: NOW, score: 2, comment: "Matig", followUpNote: `Gebeld met ${person.lastName}` } });
  await prisma.placementSignal.create({ data: { placementId: placement.id, raisedById: mediator.id, text: `${person.lastName} is ziek`, handledNote: person.phone } });
  const { handover } = await createHandover({ candidateId: candidate.id, fromUserId: mediator.id, reason: `Overdracht ${fullName}`, status: "REFUSED" });
  await prisma.handover.update({ where: { id: handover.id }, data: { refusalReason: `Geen plek voor ${person.lastName}` } });
  await createCaseNote({ vacancyId: vacancy.id, authorId: mediator.id, candidateId: candidate.id, text: `Matchtafel: ${person.lastName}` });
  await createCaseNote({ vacancyId: vacancy.id, authorId: mediator.id, candidateId: null, text: `Ook ${fullName} besproken` });
  await prisma.ownershipTransfer.create({ data: { candidateId: candidate.id, fromUserId: mediator.id, toUserId: mediator.id, byUserId: mediator.id, reason: `Verhuizing ${person.lastName}` } });
  await prisma.vacancyInterest.create({ data: { candidateId: candidate.id, vacancyId: vacancy.id } });
  const event = await prisma.event.create({
    data: {
      title: "Banenmarkt",
      kind: "JOB_FAIR",
      description: "Kom langs",
      startsAt: new Date("2026-03-01T09:00:00Z"),
      endsAt: new Date("2026-03-01T12:00:00Z"),
      location: "Hilversum",
      capacity: 50,
      audience: "BOTH",
      organiserId: accountManager.id,
    },
  });
  await prisma.eventRegistration.create({ data: { eventId: event.id, userId: resident.id, candidateId: candidate.id, attended: true } });
  const dossier = await prisma.sroiDossier.create({
    data: {
      organisationId: organisation.id,
      municipalityCode: municipality.code,
      contractName: "Onderhoud groen",
      contractValueCents: 10_000_000n,
      obligationCents: 500_000n,
      periodStart: new Date("2026-01-01T00:00:00Z"),
      periodEnd: new Date("2026-12-31T00:00:00Z"),
      managedById: accountManager.id,
    },
  });
  await prisma.sroiDelivery.create({
    data: {
      dossierId: dossier.id,
      type: "JOB",
      valueCents: 2_500_000n,
      description: `Baan voor ${fullName}`,
      candidateId: candidate.id,
      status: "APPROVED",
      reportedById: employer.id,
      deliveredOn: new Date("2026-02-01T00:00:00Z"),
    },
  });
  await prisma.notification.createMany({
    data: [
      { userId: resident.id, kind: "proposal.shared", title: "Uw voordracht is gedeeld" },
      { userId: mediator.id, kind: "placement.recorded", title: "Plaatsing vastgelegd", body: `${fullName} start op 15 januari.` },
      { userId: mediator.id, kind: "caseNote.added", title: "Nieuwe notitie", link: `/professional/kandidaten/${candidate.id}` },
    ],
  });
  await prisma.throttleEvent.create({ data: { scope: "login.account", key: loginAccountKeyFor(resident.email), outcome: "SUCCESS" } });
  await requestDeletion({ actor: world.residentActor, input: { reason: `Ik ben ${person.firstName}, verwijder alles`, confirmed: true } });
  const request = await prisma.deletionRequest.findFirstOrThrow({ where: { candidateId: candidate.id } });
  return { ...world, placement, handover, request, email: resident.email };
}

const digits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join("");

const person = (tag: string): Person => ({
  firstName: "Zwaantje",
  lastName: `Wisseltje${tag}`,
  phone: `06-9${digits(7)}`,
  bsn: `9${digits(8)}`,
  cvMarker: `CVBYTES${tag}`,
});

/**
 * Every text, json, array and bytea column of every table, searched for each needle
 * (case-insensitive): needle → the "Table.column"s that still contain it.
 */
async function columnsContaining(needles: string[]): Promise<Record<string, string[]>> {
  const columns = await prisma.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
    SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
      AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'bytea')`;
  const hits: Record<string, string[]> = Object.fromEntries(needles.map((needle) => [needle, []]));
  for (const column of columns) {
    const table = Prisma.raw(`"${column.table_name.replace(/"/g, "")}"`);
    const col = Prisma.raw(`"${column.column_name.replace(/"/g, "")}"`);
    const condition =
      column.data_type === "bytea"
        ? Prisma.sql`position(convert_to(n, 'UTF8') in t.${col}) > 0`
        : Prisma.sql`strpos(lower(t.${col}::text), lower(n)) > 0`;
    const rows = await prisma.$queryRaw<{ n: string }[]>`
      SELECT DISTINCT n FROM ${table} t CROSS JOIN unnest(${needles}::text[]) AS n WHERE ${condition}`;
    for (const row of rows) hits[row.n]!.push(`${column.table_name}.${column.column_name}`);
  }
  return hits;
}

/** The figures the dashboards count; none may change when a person's data is erased. */
async function aggregates() {
  const [proposals, placements, checks, handovers, targetGroups, attendance, sroi, helpRequests, instruments] = await Promise.all([
    prisma.proposal.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    prisma.placement.groupBy({ by: ["contractType"], _count: { _all: true }, orderBy: { contractType: "asc" } }),
    prisma.aftercareCheck.groupBy({ by: ["side", "score"], _count: { _all: true }, orderBy: [{ side: "asc" }, { score: "asc" }] }),
    prisma.handover.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    prisma.candidateTargetGroup.groupBy({ by: ["targetGroupCode"], _count: { _all: true }, orderBy: { targetGroupCode: "asc" } }),
    prisma.eventRegistration.groupBy({ by: ["attended"], _count: { _all: true }, orderBy: { attended: "asc" } }),
    prisma.sroiDelivery.groupBy({ by: ["type", "status"], _sum: { valueCents: true }, _count: { _all: true }, orderBy: [{ type: "asc" }, { status: "asc" }] }),
    prisma.helpRequest.groupBy({ by: ["status", "partnerOrganisationId"], _count: { _all: true }, orderBy: [{ status: "asc" }, { partnerOrganisationId: "asc" }] }),
    prisma.instrumentApplication.groupBy({ by: ["instrumentCode"], _sum: { amountCents: true }, _count: { _all: true }, orderBy: { instrumentCode: "asc" } }),
  ]);
  const banenafspraakPlacements = await prisma.placement.count({ where: { candidate: { targetGroups: { some: { targetGroupCode: "DGR" } } } } });
  const placementsByOrganisation = await prisma.placement.groupBy({ by: ["organisationId"], _count: { _all: true }, orderBy: { organisationId: "asc" } });
  return JSON.stringify(
    { proposals, placements, checks, handovers, targetGroups, attendance, sroi, helpRequests, instruments, banenafspraakPlacements, placementsByOrganisation },
    (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
  );
}

/** The KPI dashboard (D1): none of its tables may change either. */
async function kpiTables(actor: Actor): Promise<string> {
  const results = [];
  for (const query of [{ periode: "2026" }, { periode: "2026", gemeente: "GM0402" }]) {
    results.push(await getKpiDashboard(actor, parseDashboardFilters(query, NOW), { now: NOW }));
  }
  return JSON.stringify(results, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

describe("completeDeletion (J6)", () => {
  it("erases or anonymises the person in every table, keeps every aggregate, and ends the account", async () => {
    const handler = await admin();
    const gone = person(uniqueSuffix());
    const world = await residentEverywhere(gone);
    const bystanderPerson = person(`B${uniqueSuffix()}`);
    const bystander = await residentEverywhere({ ...bystanderPerson, firstName: "Blijfje" }, { contractType: "TEMPORARY" });
    await createCandidate({ firstName: "Los", lastName: "Profiel", targetGroupCodes: ["DGR"] });

    const markers = [gone.lastName, world.email, gone.phone, gone.bsn, gone.cvMarker, `${gone.firstName} ${gone.lastName}`];
    const found = await columnsContaining(markers);
    for (const marker of markers) expect(found[marker], marker).not.toEqual([]);
    const before = await aggregates();
    const kpiBefore = await kpiTables(handler);
    expect(kpiBefore).toContain("banenafspraak");
    const countsBefore = await prisma.proposal.count();
    const residentSessionId = await startUserSession(world.resident.id);
    const residentClaims = { userId: world.resident.id, sessionVersion: world.resident.sessionVersion, sessionId: residentSessionId };
    expect(await resolveActor(residentClaims)).not.toBeNull();

    const result = await completeDeletion({ actor: handler, input: { requestId: world.request.id, confirmed: true }, now: NOW });
    expect(result).toEqual({ requestId: world.request.id, status: "COMPLETED", alreadyHandled: false });

    // No personal field survives anywhere in the database.
    const left = await columnsContaining(markers);
    for (const marker of markers) expect(left[marker], marker).toEqual([]);
    // Aggregates (and the KPI dashboard, if present) are unchanged.
    expect(await aggregates()).toBe(before);
    expect(await kpiTables(handler)).toBe(kpiBefore);
    expect(await prisma.proposal.count()).toBe(countsBefore);

    const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: world.candidate.id }, include: { targetGroups: true } });
    expect(candidate).toMatchObject({ userId: null, email: null, phone: null, birthDate: null, postcode: null, anonymisedAt: NOW, municipalityCode: "GM0402" });
    expect(candidate.targetGroups).toHaveLength(2);
    for (const table of ["candidateCv", "candidateSkill", "candidateOccupationWish", "candidateWorkAreaWish", "consent", "workReadinessAssessment", "vacancyInterest", "caseNote"] as const) {
      expect(await (prisma[table] as unknown as { count: (args: unknown) => Promise<number> }).count({ where: { candidateId: world.candidate.id } }), table).toBe(0);
    }
    expect(await prisma.instrumentApplication.findFirstOrThrow({ where: { placementId: world.placement.id } })).toMatchObject({ wageValuePct: null, amountCents: 150_000 });
    expect(await prisma.sroiDelivery.count({ where: { candidateId: world.candidate.id } })).toBe(0);
    expect(await prisma.deletionRequest.findUniqueOrThrow({ where: { id: world.request.id } })).toMatchObject({
      status: "COMPLETED",
      reason: null,
      handledById: handler.userId,
      handledAt: NOW,
    });

    // The account: anonymised, disabled, sessions ended, login refused.
    const user = await prisma.user.findUniqueOrThrow({ where: { id: world.resident.id } });
    expect(user.disabledAt).toEqual(NOW);
    expect(user.sessionVersion).toBeGreaterThan(world.resident.sessionVersion);
    expect(await prisma.notification.count({ where: { userId: world.resident.id } })).toBe(0);
    expect(await resolveActor(residentClaims)).toBeNull();
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: residentSessionId } })).toMatchObject({ revokedAt: expect.any(Date) });
    expect(await authorizeCredentials({ email: world.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });

    // The completion is in the audit log; the resident's earlier entries stay (ids, no content).
    expect(await prisma.auditLog.count({ where: { candidateId: world.candidate.id, action: "deletion.complete", actorId: handler.userId } })).toBe(1);

    // The bystander keeps everything.
    expect((await columnsContaining([bystander.email]))[bystander.email]).not.toEqual([]);
    expect(await prisma.candidateCv.count({ where: { candidateId: bystander.candidate.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: bystander.resident.id } })).toBeGreaterThan(0);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: bystander.proposal.id } })).motivation).toContain("Blijfje");
  }, 120_000);

  it("is idempotent: a second click and two concurrent clicks complete once", async () => {
    const handler = await admin();
    const world = await residentEverywhere(person(uniqueSuffix()));
    const results = await Promise.all([
      completeDeletion({ actor: handler, input: { requestId: world.request.id, confirmed: true }, now: NOW }),
      completeDeletion({ actor: handler, input: { requestId: world.request.id, confirmed: true }, now: NOW }),
    ]);
    expect(results.filter((r) => !r.alreadyHandled)).toHaveLength(1);
    const again = await completeDeletion({ actor: handler, input: { requestId: world.request.id, confirmed: true }, now: NOW });
    expect(again).toMatchObject({ status: "COMPLETED", alreadyHandled: true });
    expect(await prisma.auditLog.count({ where: { candidateId: world.candidate.id, action: "deletion.complete" } })).toBe(1);
  });

  it("refuses every role but ADMIN, an unconfirmed or unknown request, and changes nothing", async () => {
    const world = await residentEverywhere(person(uniqueSuffix()));
    const staff = actorFor(await createUser({ role: "REGIONAL_STAFF" }));
    for (const actor of [world.residentActor, world.employerActor, world.mediatorActor, world.amActor, staff]) {
      await expect(completeDeletion({ actor, input: { requestId: world.request.id, confirmed: true } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(refuseDeletion({ actor, input: { requestId: world.request.id, reason: "Bewaarplicht" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getDeletionRequest(actor, world.request.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findDeletionRequests(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const handler = await admin();
    await expect(completeDeletion({ actor: handler, input: { requestId: world.request.id, confirmed: false } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      userMessage: "Bevestig dat u de gegevens van deze inwoner wilt verwijderen.",
    });
    await expect(completeDeletion({ actor: handler, input: { requestId: "bestaat-niet", confirmed: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.deletionRequest.findUniqueOrThrow({ where: { id: world.request.id } })).toMatchObject({ status: "REQUESTED", handledAt: null });
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: world.candidate.id } })).toMatchObject({ anonymisedAt: null, lastName: world.candidate.lastName });
  });
});

describe("refuseDeletion (J6)", () => {
  it("needs a reason, tells the resident why, audits it, and afterwards nothing can be completed", async () => {
    const handler = await admin();
    const world = await residentEverywhere(person(uniqueSuffix()));
    for (const reason of ["", "   "]) {
      await expect(refuseDeletion({ actor: handler, input: { requestId: world.request.id, reason } })).rejects.toMatchObject({
        code: "INVALID_INPUT",
        userMessage: "Vul in waarom u het verzoek weigert.",
      });
    }
    await expect(refuseDeletion({ actor: handler, input: { requestId: world.request.id, reason: "x".repeat(1001) } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.deletionRequest.findUniqueOrThrow({ where: { id: world.request.id } })).toMatchObject({ status: "REQUESTED" });
    expect(await prisma.notification.count({ where: { userId: world.resident.id, kind: "privacy.deletionRefused" } })).toBe(0);

    const reason = "Wettelijke bewaarplicht: de loonkostensubsidie loopt nog.";
    expect(await refuseDeletion({ actor: handler, input: { requestId: world.request.id, reason }, now: NOW })).toMatchObject({ status: "REFUSED", alreadyHandled: false });
    expect(await prisma.deletionRequest.findUniqueOrThrow({ where: { id: world.request.id } })).toMatchObject({
      status: "REFUSED",
      handledById: handler.userId,
      handledAt: NOW,
      reason: expect.stringContaining("verwijder alles"),
      refusalReason: reason,
    });
    const [notification] = await prisma.notification.findMany({ where: { userId: world.resident.id, kind: "privacy.deletionRefused" } });
    expect(notification?.body).toContain(reason);
    expect(notification?.link).toBe("/werkzoekende/privacy");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { candidateId: world.candidate.id, action: "deletion.refuse" } });
    expect(audit.purpose).toContain(reason);

    expect(await refuseDeletion({ actor: handler, input: { requestId: world.request.id, reason } })).toMatchObject({ alreadyHandled: true });
    expect(await completeDeletion({ actor: handler, input: { requestId: world.request.id, confirmed: true } })).toMatchObject({ status: "REFUSED", alreadyHandled: true });
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: world.candidate.id } })).toMatchObject({ anonymisedAt: null });
    expect(await prisma.notification.count({ where: { userId: world.resident.id, kind: "privacy.deletionRefused" } })).toBe(1);
  });
});

describe("the administrator's view (J6)", () => {
  it("lists open requests first with ids and dates only; the detail counts rows per table and is audited", async () => {
    const handler = await admin();
    const a = await residentEverywhere(person(uniqueSuffix()));
    const b = await residentEverywhere(person(uniqueSuffix()));
    await refuseDeletion({ actor: handler, input: { requestId: a.request.id, reason: "Bewaarplicht" }, now: new Date("2030-01-01T00:00:00Z") });

    const { open, handled } = await findDeletionRequests(handler);
    expect(open.map((r) => r.id)).toContain(b.request.id);
    expect(open.every((r) => r.status === "REQUESTED")).toBe(true);
    expect(handled[0]).toMatchObject({ id: a.request.id, status: "REFUSED" });
    expect(Object.keys(open[0]!).sort()).toEqual(["candidateId", "handledAt", "id", "requestedAt", "status"]);

    const detail = await getDeletionRequest(handler, b.request.id);
    expect(Object.keys(detail.counts).sort()).toEqual(DELETION_PLAN.map((step) => step.key).sort());
    expect(detail.counts).toMatchObject({ candidate: 1, account: 1, cv: 1, skills: 1, targetGroups: 2, proposals: 1, placements: 1, aftercareChecks: 5, handovers: 1, caseNotes: 1, interests: 1, eventRegistrations: 1, sroiDeliveries: 1, deletionRequests: 1 });
    expect(JSON.stringify(detail)).not.toContain(b.email);
    expect(JSON.stringify(detail)).not.toContain(b.candidate.lastName);
    expect(await prisma.auditLog.count({ where: { candidateId: b.candidate.id, action: "deletion.read", actorId: handler.userId } })).toBe(1);
    await expect(getDeletionRequest(handler, "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
