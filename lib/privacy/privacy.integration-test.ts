import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { createCaseNote, createHandover } from "@/tests/factories/handovers";
import { createHelpRequest } from "@/tests/factories/help-requests";
import { createMunicipality } from "@/tests/factories/organisations";
import { createPlaceableProposal, createPlacementRow } from "@/tests/factories/placements";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { exportOwnData, serialiseOwnData } from "./export-own-data";
import { findMyDeletionRequest } from "./find-my-deletion-request";
import { ownDataDownloadResponse } from "./own-data-download-response";
import { requestDeletion } from "./request-deletion";

async function expectError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

/** A placed resident with a row in (almost) every table that can hold data about them. */
async function residentWithHistory(names: { firstName: string; lastName: string; tag: string }) {
  const world = await createPlaceableProposal({ firstName: names.firstName, lastName: names.lastName });
  await createPlacementRow(world, { instruments: [{ code: "JOBCOACH", amountCents: 150000 }] });
  const { candidate, mediator, vacancy, organisation, accountManager, resident } = world;
  await prisma.candidateCv.create({
    data: { candidateId: candidate.id, fileName: `cv-${names.tag}.pdf`, sizeBytes: 1234, sha256: "0".repeat(64), content: Buffer.from("%PDF-geheim") },
  });
  await prisma.workReadinessAssessment.create({
    data: {
      candidateId: candidate.id,
      assessedById: mediator.id,
      assessedOn: new Date("2026-01-02T00:00:00Z"),
      ruleVersion: 1,
      employeeSkillScores: { Werkmotivatie: 3 },
      lifeDomainScores: { Financien: 2 },
      notes: `Beoordeling ${names.tag}`,
      derivedWorkReady: true,
    },
  });
  await createHelpRequest({ candidateId: candidate.id });
  await prisma.helpRequest.updateMany({ where: { candidateId: candidate.id }, data: { text: `Hulpvraag ${names.tag}` } });
  await createHandover({ candidateId: candidate.id, fromUserId: mediator.id, reason: `Overdracht ${names.tag}` });
  await createCaseNote({ vacancyId: vacancy.id, authorId: mediator.id, candidateId: candidate.id, text: `Matchtafel over ${names.tag}` });
  await prisma.vacancyInterest.create({ data: { candidateId: candidate.id, vacancyId: vacancy.id } });
  const event = await prisma.event.create({
    data: {
      title: `Banenmarkt ${names.tag}`,
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
  await prisma.eventRegistration.create({ data: { eventId: event.id, userId: resident.id, candidateId: candidate.id } });
  const dossier = await prisma.sroiDossier.create({
    data: {
      organisationId: organisation.id,
      municipalityCode: await ensureMunicipality(),
      contractName: `Contract ${names.tag}`,
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
      description: `Baan voor ${names.tag}`,
      candidateId: candidate.id,
      reportedById: world.employer.id,
      deliveredOn: new Date("2026-02-01T00:00:00Z"),
    },
  });
  await prisma.notification.create({ data: { userId: resident.id, kind: "proposal.shared", title: `Melding ${names.tag}` } });
  await prisma.auditLog.create({
    data: { actorId: mediator.id, actorRole: "JOB_MEDIATOR", candidateId: candidate.id, action: "candidate.read", purpose: `Inzage ${names.tag}` },
  });
  return world;
}

async function ensureMunicipality() {
  return (await createMunicipality({ code: "GM0402", name: "Hilversum" })).code;
}

describe("exportOwnData (J6)", () => {
  it("contains the resident's data across the tables, and nothing of another resident", async () => {
    const mine = await residentWithHistory({ firstName: "Sanne", lastName: "Eigenaar", tag: "EIGEN-TAG" });
    const other = await residentWithHistory({ firstName: "Zoltan", lastName: "Onbekendveld", tag: "VREEMD-TAG" });
    // A note on my vacancy that is not about me must not be included either.
    await createCaseNote({ vacancyId: mine.vacancy.id, authorId: mine.mediator.id, candidateId: null, text: "Algemene notitie zonder kandidaat" });

    const data = await exportOwnData({ actor: mine.residentActor, now: new Date("2026-04-01T10:00:00Z") });
    const json = serialiseOwnData(data);
    const parsed = JSON.parse(json) as Record<string, unknown>;

    expect(Object.keys(parsed)).toEqual([
      "toelichting",
      "account",
      "profiel",
      "cv",
      "vaardigheden",
      "beroepswensen",
      "werkgebieden",
      "doelgroepen",
      "toestemmingen",
      "werkfitBeoordelingen",
      "hulpvragen",
      "voordrachten",
      "plaatsingen",
      "overdrachten",
      "interesseInVacatures",
      "notitiesMatchtafel",
      "wisselsVanBemiddelaar",
      "socialReturn",
      "verwijderverzoeken",
      "evenementen",
      "meldingen",
      "wieHeeftMijnGegevensGebruikt",
    ]);
    expect(parsed.profiel).toMatchObject({ firstName: "Sanne", lastName: "Eigenaar" });
    expect(parsed.cv).toEqual({ fileName: "cv-EIGEN-TAG.pdf", sizeBytes: 1234, uploadedAt: expect.any(String) });
    for (const text of [
      "Beoordeling EIGEN-TAG",
      "Hulpvraag EIGEN-TAG",
      "Overdracht EIGEN-TAG",
      "Matchtafel over EIGEN-TAG",
      "Banenmarkt EIGEN-TAG",
      "Baan voor EIGEN-TAG",
      "Melding EIGEN-TAG",
      "Inzage EIGEN-TAG",
      "Past goed bij het werk.",
      "Medewerker groen",
      "JOBCOACH",
      mine.resident.email,
    ]) {
      expect(json).toContain(text);
    }
    const placements = parsed.plaatsingen as { aftercareChecks: unknown[]; instruments: { amountCents: number }[] }[];
    expect(placements).toHaveLength(1);
    expect(placements[0]!.aftercareChecks.length).toBeGreaterThan(0);
    expect(placements[0]!.instruments[0]!.amountCents).toBe(150000);
    expect((parsed.socialReturn as { valueCents: number }[])[0]!.valueCents).toBe(2_500_000);
    expect((parsed.wieHeeftMijnGegevensGebruikt as { actorName: string }[])[0]!.actorName).toBe("Femke Bemiddelaar");
    expect(json).toContain('"2026-01-15T00:00:00.000Z"'); // ISO dates

    for (const foreign of ["Zoltan", "Onbekendveld", "VREEMD-TAG", other.resident.email, "Algemene notitie zonder kandidaat"]) {
      expect(json).not.toContain(foreign);
    }
    for (const secret of ["passwordHash", "sessionVersion", "matchVersion", "%PDF", "content", "sha256"]) {
      expect(json).not.toContain(secret);
    }
  });

  it("is stable: the same data gives the same bytes", async () => {
    const mine = await residentWithHistory({ firstName: "Stabiel", lastName: "Persoon", tag: "STABIEL" });
    const now = new Date("2026-04-01T10:00:00Z");
    const first = serialiseOwnData(await exportOwnData({ actor: mine.residentActor, now }));
    const second = serialiseOwnData(await exportOwnData({ actor: mine.residentActor, now }));
    expect(second).toBe(first);
  });

  it("gives a resident without a candidate record just their account", async () => {
    const user = await createUser({ role: "JOBSEEKER", name: "Nog Niet Aangemeld" });
    const parsed = JSON.parse(serialiseOwnData(await exportOwnData({ actor: actorFor(user) }))) as Record<string, unknown>;
    expect(parsed.account).toMatchObject({ name: "Nog Niet Aangemeld", email: user.email });
    expect(parsed.profiel).toBeNull();
  });

  it("refuses employers, professionals and admins with FORBIDDEN", async () => {
    const world = await createPlaceableProposal({ firstName: "Weiger", lastName: "Test" });
    const admin = await createUser({ role: "ADMIN" });
    const staff = await createUser({ role: "REGIONAL_STAFF" });
    for (const actor of [world.employerActor, world.mediatorActor, world.amActor, actorFor(admin), actorFor(staff)]) {
      await expectError(exportOwnData({ actor }), "FORBIDDEN");
    }
  });

  it("the download answers a JSON attachment that is not cached, and 404 for anyone else", async () => {
    const world = await createPlaceableProposal({ firstName: "Download", lastName: "Bewoner" });
    const response = await ownDataDownloadResponse({ actor: world.residentActor, now: new Date("2026-04-01T10:00:00Z") });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="mijn-gegevens-2026-04-01.json"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(((await response.json()) as { profiel: { lastName: string } }).profiel.lastName).toBe("Bewoner");

    for (const actor of [null, world.employerActor, world.mediatorActor]) {
      const refused = await ownDataDownloadResponse({ actor });
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain("Bewoner");
    }
  });
});

describe("requestDeletion (J6)", () => {
  it("stores one request, notifies every active admin without personal data, and is idempotent", async () => {
    const admins = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
    const disabledAdmin = await createUser({ role: "ADMIN", disabledAt: new Date() });
    const bm = await createMediator();
    const { user, candidate } = await createJobseeker({ ownerId: bm.id, firstName: "Verwijder", lastName: "Mijnnaam" });
    const actor = actorFor(user);

    expect(await findMyDeletionRequest(actor)).toEqual({ kind: "none" });
    const first = await requestDeletion({ actor, input: { reason: "Ik heb werk gevonden.", confirmed: true } });
    expect(first.created).toBe(true);

    const second = await requestDeletion({ actor, input: { confirmed: true } });
    expect(second.created).toBe(false);
    expect(second.message).toMatch(/^U heeft al een verzoek ingediend op \d{1,2} \w+ \d{4}\.$/);

    const rows = await prisma.deletionRequest.findMany({ where: { candidateId: candidate.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "REQUESTED", reason: "Ik heb werk gevonden.", handledById: null });

    // Every active admin (also those made by earlier tests in this file) has exactly one; the disabled one none.
    const notifications = await prisma.notification.findMany({ where: { kind: "privacy.deletionRequested" } });
    for (const admin of admins) expect(notifications.filter((n) => n.userId === admin.id)).toHaveLength(1);
    expect(notifications.some((n) => n.userId === disabledAdmin.id)).toBe(false);
    expect(notifications).toHaveLength(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } }));
    for (const notification of notifications) {
      expect(notification.link).toBe("/beheer/privacy");
      expect(`${notification.title} ${notification.body}`).toContain("inwoner");
      expect(`${notification.title} ${notification.body}`).not.toMatch(/Verwijder|Mijnnaam|werk gevonden/);
    }
    expect(await findMyDeletionRequest(actor)).toMatchObject({ kind: "request", status: "REQUESTED" });
  });

  it("two concurrent requests make one", async () => {
    await createUser({ role: "ADMIN" });
    const { user, candidate } = await createJobseeker({ firstName: "Dubbel", lastName: "Klik" });
    const actor = actorFor(user);
    const results = await Promise.all([requestDeletion({ actor, input: { confirmed: true } }), requestDeletion({ actor, input: { confirmed: true } })]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.deletionRequest.count({ where: { candidateId: candidate.id } })).toBe(1);
  });

  it("a new request is possible once the earlier one was handled", async () => {
    const { user, candidate } = await createJobseeker();
    const actor = actorFor(user);
    await requestDeletion({ actor, input: { confirmed: true } });
    await prisma.deletionRequest.updateMany({ where: { candidateId: candidate.id }, data: { status: "REFUSED", handledAt: new Date() } });
    expect((await requestDeletion({ actor, input: { confirmed: true } })).created).toBe(true);
  });

  it("refuses bad input and other roles, and stores nothing", async () => {
    const { user, candidate } = await createJobseeker();
    const actor = actorFor(user);
    await expect(requestDeletion({ actor, input: { reason: "x".repeat(1001), confirmed: true } })).rejects.toThrow(/maximaal 1000 tekens/);
    await expect(requestDeletion({ actor, input: { confirmed: false as unknown as true } })).rejects.toThrow(/Bevestig/);

    const world = await createPlaceableProposal({ firstName: "Rol", lastName: "Test" });
    const admin = await createUser({ role: "ADMIN" });
    for (const other of [world.employerActor, world.mediatorActor, world.amActor, actorFor(admin)]) {
      await expectError(requestDeletion({ actor: other, input: { confirmed: true } }), "FORBIDDEN");
    }
    const notRegistered = await createUser({ role: "JOBSEEKER" });
    await expectError(requestDeletion({ actor: actorFor(notRegistered), input: { confirmed: true } }), "NOT_FOUND");
    expect(await prisma.deletionRequest.count({ where: { candidateId: candidate.id } })).toBe(0);
  });
});
