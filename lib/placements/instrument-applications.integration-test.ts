import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createMediator } from "@/tests/factories/candidates";
import { createPlaceableProposal, createPlacementRow } from "@/tests/factories/placements";
import { actorFor } from "@/tests/factories/questions";
import { addInstrumentApplication } from "./add-instrument-application";
import { getPlacement } from "./get-placement";
import { updateInstrumentApplication } from "./update-instrument-application";

const NOW = new Date("2026-03-10T10:00:00.000Z");

async function world(options: { endedOn?: string } = {}) {
  const w = await createPlaceableProposal();
  const placement = await createPlacementRow(w, { endedOn: options.endedOn, instruments: [{ code: "LKS", amountCents: 90000, wageValuePct: 55 }] });
  const lks = await prisma.instrumentApplication.findFirstOrThrow({ where: { placementId: placement.id, instrumentCode: "LKS" } });
  return { ...w, placement, lks };
}
type World = Awaited<ReturnType<typeof world>>;

const granted = (applicationId: string, overrides: Record<string, unknown> = {}) => ({
  applicationId, status: "GRANTED", amount: "1.250,50", startDate: "2026-02-01", endDate: "2026-07-31", wageValuePct: 60, ...overrides,
});
const jobcoach = (placementId: string, overrides: Record<string, unknown> = {}) => ({
  placementId, instrumentCode: "JOBCOACH", status: "REQUESTED", amount: "800", startDate: "2026-03-15", endDate: "", wageValuePct: null, ...overrides,
});

async function state(w: World) {
  return {
    applications: await prisma.instrumentApplication.findMany({
      where: { placementId: w.placement.id },
      orderBy: { instrumentCode: "asc" },
      select: { instrumentCode: true, status: true, amountCents: true, startDate: true, endDate: true, wageValuePct: true },
    }),
    audit: await prisma.auditLog.count({ where: { candidateId: w.candidate.id, action: "placement.update" } }),
    notifications: await prisma.notification.findMany({ where: { userId: { in: [w.employer.id, w.accountManager.id, w.resident.id, w.mediator.id] } }, select: { userId: true, kind: true, title: true, body: true, link: true } }),
  };
}

async function expectError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("updateInstrumentApplication (B5, E7)", () => {
  it("aangevraagd → toegekend: stores amount in cents, period and loonwaarde, audits, and tells employer and accountmanager without the name", async () => {
    const w = await world();
    const result = await updateInstrumentApplication({ actor: w.mediatorActor, input: granted(w.lks.id) });
    expect(result).toEqual({ id: w.lks.id, placementId: w.placement.id, statusChanged: true });
    const after = await state(w);
    expect(after.applications).toEqual([
      { instrumentCode: "LKS", status: "GRANTED", amountCents: 125050, startDate: new Date("2026-02-01T00:00:00Z"), endDate: new Date("2026-07-31T00:00:00Z"), wageValuePct: 60 },
    ]);
    expect(after.audit).toBe(1);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { candidateId: w.candidate.id, action: "placement.update" } });
    expect(entry).toMatchObject({ actorId: w.mediator.id, entity: "InstrumentApplication", entityId: w.lks.id });
    expect(after.notifications.map((n) => n.userId).sort()).toEqual([w.accountManager.id, w.employer.id].sort());
    for (const n of after.notifications) {
      expect(n.kind).toBe("placement.instrumentChanged");
      expect(`${n.title} ${n.body}`).not.toMatch(/Sanne|Geheim/);
      expect(n.body).toMatch(/Loonkostensubsidie .* is nu toegekend \(was aangevraagd\)/);
    }
    expect(after.notifications.find((n) => n.userId === w.employer.id)?.link).toBe(`/werkgever/plaatsingen/${w.placement.id}`);
    expect(after.notifications.find((n) => n.userId === w.accountManager.id)?.link).toBe(`/professional/plaatsingen/${w.placement.id}`);

    // E7: the employer's placement view reads the new status.
    const forEmployer = await getPlacement({ actor: w.employerActor, placementId: w.placement.id, now: NOW });
    expect(forEmployer.instruments[0]).toMatchObject({ instrumentCode: "LKS", status: "GRANTED", amountCents: 125050 });
  });

  it("a change without a new status is audited but notifies nobody; empty fields clear amount and period", async () => {
    const w = await world();
    const result = await updateInstrumentApplication({ actor: w.mediatorActor, input: granted(w.lks.id, { status: "REQUESTED", amount: "", startDate: "", endDate: "" }) });
    expect(result.statusChanged).toBe(false);
    const after = await state(w);
    expect(after.applications[0]).toMatchObject({ status: "REQUESTED", amountCents: null, startDate: null, endDate: null, wageValuePct: 60 });
    expect(after.audit).toBe(1);
    expect(after.notifications).toEqual([]);
  });

  it("a double click on toegekend changes the status once and notifies once; the other click gets the same state or a Dutch CONFLICT", async () => {
    const w = await world();
    const results = await Promise.allSettled([
      updateInstrumentApplication({ actor: w.mediatorActor, input: granted(w.lks.id) }),
      updateInstrumentApplication({ actor: w.mediatorActor, input: granted(w.lks.id) }),
    ]);
    const fulfilled = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(fulfilled.filter((r) => r.statusChanged)).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT", userMessage: expect.stringMatching(/intussen gewijzigd/) });
    const after = await state(w);
    expect(after.applications[0]?.status).toBe("GRANTED");
    expect(after.notifications).toHaveLength(2);
  });

  it("LKS needs a loonwaarde; bad input gets a Dutch message at the field and changes nothing", async () => {
    const w = await world();
    const before = await state(w);
    const missing = await expectError(updateInstrumentApplication({ actor: w.mediatorActor, input: granted(w.lks.id, { wageValuePct: null }) }), "INVALID_INPUT");
    expect(missing).toMatchObject({ field: "wageValuePct", userMessage: expect.stringMatching(/loonwaarde in procenten/) });
    for (const bad of [{ wageValuePct: 100 }, { wageValuePct: 0 }, { amount: "-5" }, { amount: "veel" }, { status: "OPEN" }, { startDate: "2026-08-01", endDate: "2026-07-01" }]) {
      await expectError(updateInstrumentApplication({ actor: w.mediatorActor, input: granted(w.lks.id, bad) }), "INVALID_INPUT");
    }
    expect(await state(w)).toEqual(before);
  });

  it("refuses an ended placement (CONFLICT) and the accountmanager, the employer, the resident and another bemiddelaar", async () => {
    const ended = await world({ endedOn: "2026-03-01" });
    const conflict = await expectError(updateInstrumentApplication({ actor: ended.mediatorActor, input: granted(ended.lks.id) }), "CONFLICT");
    expect(conflict.userMessage).toMatch(/beëindigd/);

    const w = await world();
    const before = await state(w);
    const stranger = actorFor(await createMediator());
    await expectError(updateInstrumentApplication({ actor: w.amActor, input: granted(w.lks.id) }), "FORBIDDEN");
    await expectError(updateInstrumentApplication({ actor: w.employerActor, input: granted(w.lks.id) }), "FORBIDDEN");
    await expectError(updateInstrumentApplication({ actor: w.residentActor, input: granted(w.lks.id) }), "FORBIDDEN");
    await expectError(updateInstrumentApplication({ actor: stranger, input: granted(w.lks.id) }), "NOT_FOUND");
    await expectError(updateInstrumentApplication({ actor: w.mediatorActor, input: granted("bestaat-niet") }), "NOT_FOUND");
    expect(await state(w)).toEqual(before);
    expect((await state(ended)).applications[0]?.status).toBe("REQUESTED");
  });
});

describe("addInstrumentApplication (B5, E7)", () => {
  it("adds a jobcoach to a running placement: stored, audited, employer and accountmanager told without the name", async () => {
    const w = await world();
    const result = await addInstrumentApplication({ actor: w.mediatorActor, input: jobcoach(w.placement.id, { wageValuePct: 40 }) });
    const added = await prisma.instrumentApplication.findUniqueOrThrow({ where: { id: result.id } });
    // A loonwaarde is only kept for instruments that need a loonwaardemeting.
    expect(added).toMatchObject({ placementId: w.placement.id, instrumentCode: "JOBCOACH", status: "REQUESTED", amountCents: 80000, wageValuePct: null, recordedById: w.mediator.id });
    const after = await state(w);
    expect(after.audit).toBe(1);
    expect(after.notifications.map((n) => n.userId).sort()).toEqual([w.accountManager.id, w.employer.id].sort());
    for (const n of after.notifications) expect(`${n.title} ${n.body}`).not.toMatch(/Sanne|Geheim/);
  });

  it("a second add of the same instrument (also at the same time) gives the Dutch message at the instrument field", async () => {
    const w = await world();
    const duplicate = await expectError(addInstrumentApplication({ actor: w.mediatorActor, input: jobcoach(w.placement.id, { instrumentCode: "LKS", wageValuePct: 50 }) }), "INVALID_INPUT");
    expect(duplicate).toMatchObject({ field: "instrumentCode", userMessage: "Dit instrument staat al bij deze plaatsing." });

    const results = await Promise.allSettled([
      addInstrumentApplication({ actor: w.mediatorActor, input: jobcoach(w.placement.id) }),
      addInstrumentApplication({ actor: w.mediatorActor, input: jobcoach(w.placement.id) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ field: "instrumentCode", userMessage: "Dit instrument staat al bij deze plaatsing." });
    const after = await state(w);
    expect(after.applications.map((a) => a.instrumentCode)).toEqual(["JOBCOACH", "LKS"]);
    expect(after.audit).toBe(1);
  });

  it("an unknown instrument, LKS without loonwaarde and bad input store nothing", async () => {
    const w = await world();
    const before = await state(w);
    expect(await expectError(addInstrumentApplication({ actor: w.mediatorActor, input: jobcoach(w.placement.id, { instrumentCode: "BESTAAT_NIET" }) }), "INVALID_INPUT")).toMatchObject({
      field: "instrumentCode",
      userMessage: "Kies een instrument uit de lijst.",
    });
    expect(await expectError(addInstrumentApplication({ actor: w.mediatorActor, input: jobcoach(w.placement.id, { instrumentCode: "LOONDISPENSATIE" }) }), "INVALID_INPUT")).toMatchObject({
      field: "wageValuePct",
    });
    for (const bad of [{ instrumentCode: "" }, { wageValuePct: 120 }, { amount: "-1" }, { startDate: "31-12-2026" }]) {
      await expectError(addInstrumentApplication({ actor: w.mediatorActor, input: jobcoach(w.placement.id, bad) }), "INVALID_INPUT");
    }
    expect(await state(w)).toEqual(before);
  });

  it("refuses an ended placement (CONFLICT) and the accountmanager, the employer, the resident and another bemiddelaar", async () => {
    const ended = await world({ endedOn: "2026-03-01" });
    expect((await expectError(addInstrumentApplication({ actor: ended.mediatorActor, input: jobcoach(ended.placement.id) }), "CONFLICT")).userMessage).toMatch(/beëindigd/);
    expect((await state(ended)).applications).toHaveLength(1);

    const w = await world();
    const before = await state(w);
    const stranger = actorFor(await createMediator());
    await expectError(addInstrumentApplication({ actor: w.amActor, input: jobcoach(w.placement.id) }), "FORBIDDEN");
    await expectError(addInstrumentApplication({ actor: w.employerActor, input: jobcoach(w.placement.id) }), "FORBIDDEN");
    await expectError(addInstrumentApplication({ actor: w.residentActor, input: jobcoach(w.placement.id) }), "FORBIDDEN");
    await expectError(addInstrumentApplication({ actor: stranger, input: jobcoach(w.placement.id) }), "NOT_FOUND");
    expect(await state(w)).toEqual(before);
  });
});
