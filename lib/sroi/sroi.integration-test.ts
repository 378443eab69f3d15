import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createJobseeker, createMediator } from "@/tests/factories/candidates";
import { ensureRegion } from "@/tests/factories/organisations";
import { createPlaceableProposal, createPlacementRow } from "@/tests/factories/placements";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { createSroiDossier } from "./create-sroi-dossier";
import { findSroiDossiers } from "./find-sroi-dossiers";
import { findSroiPlacementOptions } from "./find-sroi-placement-options";
import { getSroiDossier } from "./get-sroi-dossier";
import { reportSroiDelivery } from "./report-sroi-delivery";
import { reviewSroiDelivery } from "./review-sroi-delivery";
import { createSroiDossierSchema, reportSroiDeliverySchema } from "./schemas";
import { updateSroiDossier } from "./update-sroi-dossier";

const NOW = new Date("2026-06-01T10:00:00Z");

const dossierInput = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  contractName: "Onderhoud gemeentelijk vastgoed",
  municipalityCode: "GM0402",
  contractValue: "1.850.000",
  obligation: "92.500,50",
  periodStart: "2025-01-01",
  periodEnd: "2027-12-31",
  ...overrides,
});

const deliveryInput = (dossierId: string, overrides: Record<string, unknown> = {}) => ({
  dossierId,
  type: "WORK_EXPERIENCE_PLACE",
  value: "12.500,50",
  description: "Werkervaringsplaats van zes maanden met begeleiding.",
  deliveredOn: "2026-03-01",
  placementId: "",
  submissionKey: randomUUID(),
  ...overrides,
});

function fieldErrors(result: { success: boolean; error?: { flatten: () => { fieldErrors: Record<string, string[] | undefined> } } }) {
  return result.error?.flatten().fieldErrors ?? {};
}

async function worldWithDossier() {
  const world = await createEmployerWithOwner();
  const dossier = await createSroiDossier({ actor: world.ownerActor, input: dossierInput(world.organisation.id) });
  return { ...world, dossierId: dossier.id };
}

beforeAll(async () => {
  await ensureRegion();
});

describe("SROI dossiers (A7)", () => {
  it("lets the owner accountmanager create and edit a dossier with money as cents", async () => {
    const { ownerActor, organisation } = await createEmployerWithOwner();
    const { id } = await createSroiDossier({ actor: ownerActor, input: dossierInput(organisation.id) });
    const stored = await prisma.sroiDossier.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ contractValueCents: 185_000_000n, obligationCents: 9_250_050n, managedById: ownerActor.userId, municipalityCode: "GM0402" });
    expect(stored.periodStart.toISOString().slice(0, 10)).toBe("2025-01-01");

    await updateSroiDossier({ actor: ownerActor, input: { ...dossierInput(organisation.id, { obligation: "100000" }), dossierId: id } });
    expect((await prisma.sroiDossier.findUniqueOrThrow({ where: { id } })).obligationCents).toBe(10_000_000n);
  });

  it("refuses other accountmanagers, bemiddelaars, staff, residents and the employer itself", async () => {
    const { organisation, employerActor } = await createEmployerWithOwner();
    const otherAm = actorFor(await createUser({ role: "ACCOUNT_MANAGER" }));
    await expect(createSroiDossier({ actor: otherAm, input: dossierInput(organisation.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const actor of [
      employerActor,
      actorFor(await createMediator()),
      actorFor(await createUser({ role: "REGIONAL_STAFF" })),
      actorFor(await createUser({ role: "ADMIN" })),
      actorFor((await createJobseeker()).user),
    ]) {
      await expect(createSroiDossier({ actor, input: dossierInput(organisation.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.sroiDossier.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  it("refuses bad amounts and dates with Dutch messages and stores nothing", async () => {
    const { ownerActor, organisation } = await createEmployerWithOwner();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contractValue: "0" }, "contractValue", "Het bedrag moet groter zijn dan 0 euro."],
      [{ contractValue: "-100" }, "contractValue", "Het bedrag moet groter zijn dan 0 euro."],
      [{ contractValue: "12,505" }, "contractValue", "Gebruik maximaal 2 cijfers achter de komma."],
      [{ obligation: "veel" }, "obligation", "Vul een bedrag in euro's in, bijvoorbeeld 12.500,50."],
      [{ obligation: "" }, "obligation", "Vul de SROI-verplichting in."],
      [{ obligation: "2.000.000" }, "obligation", "De verplichting mag niet hoger zijn dan de contractwaarde."],
      [{ periodEnd: "2024-12-31" }, "periodEnd", "De einddatum moet na de begindatum liggen."],
      [{ periodStart: "2025-02-30" }, "periodStart", "Deze datum bestaat niet. Vul een datum in, bijvoorbeeld 1-1-2026."],
      [{ contractName: "" }, "contractName", "Vul de naam van het contract in."],
      [{ municipalityCode: "" }, "municipalityCode", "Kies een gemeente uit de lijst."],
    ];
    for (const [overrides, field, message] of cases) {
      const input = dossierInput(organisation.id, overrides);
      expect(fieldErrors(createSroiDossierSchema.safeParse(input))[field]?.[0]).toBe(message);
      await expect(createSroiDossier({ actor: ownerActor, input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    await expect(createSroiDossier({ actor: ownerActor, input: dossierInput(organisation.id, { municipalityCode: "GM9999" }) })).rejects.toMatchObject({
      field: "municipalityCode",
    });
    expect(await prisma.sroiDossier.count({ where: { organisationId: organisation.id } })).toBe(0);
  });
});

describe("reporting deliveries (E8)", () => {
  it("lets the employer report on its own dossier once per submission and notifies the owner", async () => {
    const { employerActor, owner, dossierId } = await worldWithDossier();
    const input = deliveryInput(dossierId);
    const [first, atOnce] = await Promise.all([
      reportSroiDelivery({ actor: employerActor, input }, { now: NOW }),
      reportSroiDelivery({ actor: employerActor, input }, { now: NOW }),
    ]);
    const again = await reportSroiDelivery({ actor: employerActor, input }, { now: NOW });
    expect([first.created, atOnce.created].sort()).toEqual([false, true]);
    expect(again).toEqual({ id: first.id, dossierId, created: false });
    expect(atOnce.id).toBe(first.id);
    const rows = await prisma.sroiDelivery.findMany({ where: { dossierId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ valueCents: 1_250_050n, status: "REPORTED", reportedById: employerActor.userId, candidateId: null, reviewedAt: null });
    const notes = await prisma.notification.findMany({ where: { userId: owner.id, kind: "sroi.deliveryReported" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.link).toContain(`/sroi/${dossierId}`);

    // The same content in a new submission is a second delivery; another person's key is refused.
    const second = await reportSroiDelivery({ actor: employerActor, input: { ...input, submissionKey: randomUUID() } }, { now: NOW });
    expect(second.created).toBe(true);
    expect(await prisma.sroiDelivery.count({ where: { dossierId } })).toBe(2);
    const colleague = actorFor(await createUser({ role: "EMPLOYER", organisationId: employerActor.organisationId! }));
    await expect(reportSroiDelivery({ actor: colleague, input }, { now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reportSroiDelivery({ actor: employerActor, input: { ...input, submissionKey: "geen-sleutel" } }, { now: NOW })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("refuses another employer's dossier, non-employers, bad values and dates outside the period", async () => {
    const { dossierId, ownerActor, employerActor } = await worldWithDossier();
    const other = await createEmployerWithOwner();
    await expect(reportSroiDelivery({ actor: other.employerActor, input: deliveryInput(dossierId) }, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reportSroiDelivery({ actor: ownerActor, input: deliveryInput(dossierId) }, { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reportSroiDelivery({ actor: actorFor((await createJobseeker()).user), input: deliveryInput(dossierId) }, { now: NOW })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    expect(fieldErrors(reportSroiDeliverySchema.safeParse(deliveryInput(dossierId, { value: "0" }))).value?.[0]).toBe("Het bedrag moet groter zijn dan 0 euro.");
    expect(fieldErrors(reportSroiDeliverySchema.safeParse(deliveryInput(dossierId, { type: "GIFT" }))).type?.[0]).toBe("Kies een soort levering uit de lijst.");
    await expect(reportSroiDelivery({ actor: employerActor, input: deliveryInput(dossierId, { value: "1,234" }) }, { now: NOW })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(reportSroiDelivery({ actor: employerActor, input: deliveryInput(dossierId, { deliveredOn: "2024-12-31" }) }, { now: NOW })).rejects.toMatchObject({
      field: "deliveredOn",
      userMessage: expect.stringContaining("1 januari 2025 tot en met 31 december 2027"),
    });
    await expect(reportSroiDelivery({ actor: employerActor, input: deliveryInput(dossierId, { deliveredOn: "2026-07-01" }) }, { now: NOW })).rejects.toMatchObject({
      field: "deliveredOn",
    });
    expect(await prisma.sroiDelivery.count({ where: { dossierId } })).toBe(0);
  });

  it("links a candidate only through a placement at this employer, anonymously and audited", async () => {
    const world = await createPlaceableProposal();
    const placement = await createPlacementRow(world, { startDate: "2026-01-15" });
    const { id: dossierId } = await createSroiDossier({ actor: world.amActor, input: dossierInput(world.organisation.id) });

    const elsewhere = await createPlaceableProposal();
    const foreignPlacement = await createPlacementRow(elsewhere, { startDate: "2026-01-20" });
    await expect(
      reportSroiDelivery({ actor: world.employerActor, input: deliveryInput(dossierId, { placementId: foreignPlacement.id }) }, { now: NOW }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "placementId" });
    expect(await prisma.sroiDelivery.count({ where: { dossierId } })).toBe(0);

    const options = await findSroiPlacementOptions(world.employerActor);
    expect(options).toEqual([{ value: placement.id, label: "Medewerker groen, gestart 15 januari 2026" }]);
    expect(JSON.stringify(options)).not.toContain("Geheim");

    const { id } = await reportSroiDelivery(
      { actor: world.employerActor, input: deliveryInput(dossierId, { type: "JOB", placementId: placement.id }) },
      { now: NOW },
    );
    expect((await prisma.sroiDelivery.findUniqueOrThrow({ where: { id } })).candidateId).toBe(world.candidate.id);
    const audit = await prisma.auditLog.findMany({ where: { candidateId: world.candidate.id, entity: "SroiDelivery" } });
    expect(audit).toMatchObject([{ actorId: world.employer.id, entityId: id }]);

    const detail = await getSroiDossier({ actor: world.amActor, dossierId });
    expect(detail.deliveries[0]!.candidate).toBe('Kandidaat via plaatsing "Medewerker groen", gestart 15 januari 2026');
    expect(JSON.stringify(detail, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toMatch(/Sanne|Geheim/);
  });
});

describe("reviewing deliveries (A7)", () => {
  it("lets the owner approve, tells the employer, and refuses other accountmanagers and employers", async () => {
    const { dossierId, ownerActor, employerActor, employer } = await worldWithDossier();
    const { id } = await reportSroiDelivery({ actor: employerActor, input: deliveryInput(dossierId) }, { now: NOW });
    const otherAm = actorFor(await createUser({ role: "ACCOUNT_MANAGER" }));
    await expect(reviewSroiDelivery({ actor: otherAm, input: { deliveryId: id, decision: "APPROVED" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reviewSroiDelivery({ actor: employerActor, input: { deliveryId: id, decision: "APPROVED" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.sroiDelivery.findUniqueOrThrow({ where: { id } })).status).toBe("REPORTED");

    const result = await reviewSroiDelivery({ actor: ownerActor, input: { deliveryId: id, decision: "APPROVED" } }, { now: NOW });
    expect(result.status).toBe("APPROVED");
    expect(await prisma.sroiDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", reviewedById: ownerActor.userId, reviewedAt: NOW });
    const notes = await prisma.notification.findMany({ where: { userId: employer.id, kind: "sroi.deliveryReviewed" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe("SROI-levering goedgekeurd");
  });

  it("gives one result for a double click or two reviewers at once", async () => {
    const { dossierId, ownerActor, employerActor, employer } = await worldWithDossier();
    const { id } = await reportSroiDelivery({ actor: employerActor, input: deliveryInput(dossierId) }, { now: NOW });
    const outcomes = await Promise.allSettled([
      reviewSroiDelivery({ actor: ownerActor, input: { deliveryId: id, decision: "APPROVED" } }),
      reviewSroiDelivery({ actor: ownerActor, input: { deliveryId: id, decision: "REJECTED" } }),
    ]);
    const fulfilled = outcomes.filter((o) => o.status === "fulfilled");
    const rejected = outcomes.filter((o) => o.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    const final = await prisma.sroiDelivery.findUniqueOrThrow({ where: { id } });
    expect(final.status).toBe((fulfilled[0] as PromiseFulfilledResult<{ status: string }>).value.status);

    // The same decision again (a double click) is no error and changes nothing.
    const again = await reviewSroiDelivery({ actor: ownerActor, input: { deliveryId: id, decision: final.status } });
    expect(again.status).toBe(final.status);
    expect(await prisma.notification.count({ where: { userId: employer.id, kind: "sroi.deliveryReviewed" } })).toBe(1);
  });

  it("counts only approved deliveries as delivered, and shows each side only its own dossiers", async () => {
    const { dossierId, ownerActor, employerActor, organisation } = await worldWithDossier();
    const report = async (value: string, description: string) =>
      (await reportSroiDelivery({ actor: employerActor, input: deliveryInput(dossierId, { value, description }) }, { now: NOW })).id;
    const approved = await report("10.000", "Baan voor een kandidaat.");
    const rejected = await report("5.000", "Afgekeurde levering.");
    await report("2.500", "Nog te beoordelen.");
    await reviewSroiDelivery({ actor: ownerActor, input: { deliveryId: approved, decision: "APPROVED" } });
    await reviewSroiDelivery({ actor: ownerActor, input: { deliveryId: rejected, decision: "REJECTED" } });

    const [summary] = await findSroiDossiers(employerActor);
    expect(summary!.totals).toEqual({ obligationCents: 9_250_050n, deliveredCents: 1_000_000n, pendingCents: 250_000n, openCents: 8_250_050n, percent: 10 });
    expect(summary!.reportedCount).toBe(1);
    expect((await getSroiDossier({ actor: ownerActor, dossierId })).totals.deliveredCents).toBe(1_000_000n);
    expect(await findSroiDossiers(ownerActor, { organisationId: organisation.id })).toHaveLength(1);

    const other = await createEmployerWithOwner();
    expect(await findSroiDossiers(other.employerActor)).toEqual([]);
    expect(await findSroiDossiers(other.ownerActor)).toEqual([]);
    await expect(getSroiDossier({ actor: other.employerActor, dossierId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSroiDossier({ actor: other.ownerActor, dossierId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSroiDossier({ actor: actorFor(await createMediator()), dossierId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSroiDossier({ actor: actorFor(await createUser({ role: "REGIONAL_STAFF" })), dossierId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getSroiDossier({ actor: actorFor(await createUser({ role: "ADMIN" })), dossierId })).canReview).toBe(false);
  });
});
