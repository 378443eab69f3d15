import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createMediator } from "@/tests/factories/candidates";
import { createPlaceableProposal } from "@/tests/factories/placements";
import { actorFor } from "@/tests/factories/questions";
import { recordPlacement } from "./record-placement";

const NOW = new Date("2026-01-10T10:00:00.000Z");

const lks = { instrumentCode: "LKS", status: "GRANTED", amount: "1.250,50", startDate: "2026-01-15", endDate: "2026-07-15", wageValuePct: 60 };
function validInput(proposalId: string, overrides: Record<string, unknown> = {}) {
  return { proposalId, startDate: "2026-01-15", contractType: "TEMPORARY", hoursPerWeek: 24, trialEndDate: "", instruments: [lks], ...overrides };
}

async function counts(world: Awaited<ReturnType<typeof createPlaceableProposal>>) {
  return {
    placements: await prisma.placement.count({ where: { proposalId: world.proposal.id } }),
    instruments: await prisma.instrumentApplication.count({ where: { placement: { proposalId: world.proposal.id } } }),
    checks: await prisma.aftercareCheck.count({ where: { placement: { proposalId: world.proposal.id } } }),
    proposal: (await prisma.proposal.findUniqueOrThrow({ where: { id: world.proposal.id } })).status,
    history: await prisma.proposalStatusChange.count({ where: { proposalId: world.proposal.id, toStatus: "PLACED" } }),
    vacancy: (await prisma.vacancy.findUniqueOrThrow({ where: { id: world.vacancy.id } })).status,
    candidate: (await prisma.candidate.findUniqueOrThrow({ where: { id: world.candidate.id } })).status,
    audit: await prisma.auditLog.count({ where: { candidateId: world.candidate.id, action: "placement.record" } }),
    notifications: await prisma.notification.count({ where: { kind: "placement.recorded", userId: { in: [world.employer.id, world.accountManager.id, world.resident.id] } } }),
  };
}

async function expectError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("recordPlacement (B5)", () => {
  it("writes placement, instruments, statuses, check-ins, audit and notifications in one go", async () => {
    const world = await createPlaceableProposal();
    const result = await recordPlacement({ actor: world.mediatorActor, input: validInput(world.proposal.id), now: NOW });
    expect(result.created).toBe(true);
    expect(await counts(world)).toEqual({
      placements: 1, instruments: 1, checks: 5, proposal: "PLACED", history: 1, vacancy: "FILLED", candidate: "PLACED", audit: 1, notifications: 3,
    });
    const instrument = await prisma.instrumentApplication.findFirstOrThrow({ where: { placementId: result.id } });
    expect(instrument).toMatchObject({ instrumentCode: "LKS", amountCents: 125050, wageValuePct: 60, status: "GRANTED" });
    const checks = await prisma.aftercareCheck.findMany({ where: { placementId: result.id }, orderBy: [{ side: "asc" }, { monthsAfterStart: "asc" }] });
    expect(checks.map((c) => `${c.side}:${c.monthsAfterStart}:${c.dueDate.toISOString().slice(0, 10)}`)).toEqual([
      "EMPLOYEE:1:2026-02-15", "EMPLOYEE:3:2026-04-15", "EMPLOYEE:6:2026-07-15", "EMPLOYER:1:2026-02-15", "EMPLOYER:6:2026-07-15",
    ]);
    expect(await prisma.vacancyStatusChange.count({ where: { vacancyId: world.vacancy.id, toStatus: "FILLED" } })).toBe(1);
    // The accountmanager's notification is anonymised; the employer (consent active) and resident are named/told.
    const toAm = await prisma.notification.findFirstOrThrow({ where: { userId: world.accountManager.id } });
    expect(`${toAm.title} ${toAm.body}`).not.toMatch(/Sanne|Geheim/);
    const toEmployer = await prisma.notification.findFirstOrThrow({ where: { userId: world.employer.id } });
    expect(toEmployer.body).toMatch(/Sanne Geheim/);
    expect(await prisma.notification.count({ where: { userId: world.resident.id, kind: "placement.recorded" } })).toBe(1);
  });

  it("accepts INTERVIEW_POSITIVE and a proefplaatsing with an end date; refuses other statuses", async () => {
    const positive = await createPlaceableProposal({ status: "INTERVIEW_POSITIVE" });
    const trial = await recordPlacement({
      actor: positive.mediatorActor,
      input: validInput(positive.proposal.id, { contractType: "TRIAL_PLACEMENT", trialEndDate: "2026-04-15", instruments: [] }),
      now: NOW,
    });
    expect((await prisma.placement.findUniqueOrThrow({ where: { id: trial.id } })).trialEndDate?.toISOString().slice(0, 10)).toBe("2026-04-15");

    const proposed = await createPlaceableProposal({ status: "PROPOSED" });
    await expectError(recordPlacement({ actor: proposed.mediatorActor, input: validInput(proposed.proposal.id), now: NOW }), "CONFLICT");
    expect((await counts(proposed)).placements).toBe(0);
  });

  it("two placements of the same proposal at once give one placement and the same result", async () => {
    const world = await createPlaceableProposal();
    const results = await Promise.all([
      recordPlacement({ actor: world.mediatorActor, input: validInput(world.proposal.id), now: NOW }),
      recordPlacement({ actor: world.mediatorActor, input: validInput(world.proposal.id), now: NOW }),
    ]);
    expect(results[0].id).toBe(results[1].id);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await counts(world)).toMatchObject({ placements: 1, instruments: 1, checks: 5, history: 1, audit: 1, notifications: 3 });
  });

  it("a failure halfway (unknown instrument or LKS without loonwaarde in the 2nd row) leaves nothing written", async () => {
    const world = await createPlaceableProposal();
    const before = await counts(world);
    const unknown = await expectError(
      recordPlacement({ actor: world.mediatorActor, input: validInput(world.proposal.id, { instruments: [{ ...lks, instrumentCode: "JOBCOACH", wageValuePct: null }, { ...lks, instrumentCode: "BESTAAT_NIET" }] }), now: NOW }),
      "INVALID_INPUT",
    );
    expect(unknown).toMatchObject({ field: "instruments.1.instrumentCode" });
    const noWage = await expectError(
      recordPlacement({ actor: world.mediatorActor, input: validInput(world.proposal.id, { instruments: [{ ...lks, instrumentCode: "JOBCOACH" }, { ...lks, wageValuePct: null }] }), now: NOW }),
      "INVALID_INPUT",
    );
    expect(noWage).toMatchObject({ field: "instruments.1.wageValuePct" });
    expect(await counts(world)).toEqual(before);
    expect(before).toMatchObject({ placements: 0, proposal: "INVITED", vacancy: "IN_PROGRESS", candidate: "SEEKING", checks: 0 });
  });

  it("refuses bad input and stores nothing", async () => {
    const world = await createPlaceableProposal();
    const bad = [
      { hoursPerWeek: 0 },
      { hoursPerWeek: 41 },
      { contractType: "TRIAL_PLACEMENT", trialEndDate: "" },
      { contractType: "TRIAL_PLACEMENT", trialEndDate: "2026-09-01" },
      { instruments: [{ ...lks, amount: "-100" }] },
      { instruments: [{ ...lks, wageValuePct: 100 }] },
      { startDate: "" },
      { contractType: "ZZP" },
    ];
    for (const overrides of bad) {
      await expectError(recordPlacement({ actor: world.mediatorActor, input: validInput(world.proposal.id, overrides), now: NOW }), "INVALID_INPUT");
    }
    await expectError(recordPlacement({ actor: world.mediatorActor, input: validInput(world.proposal.id, { startDate: "2028-01-01" }), now: NOW }), "INVALID_INPUT");
    expect((await counts(world)).placements).toBe(0);
  });

  it("refuses the accountmanager, the employer, the resident and a non-owner bemiddelaar", async () => {
    const world = await createPlaceableProposal();
    const stranger = actorFor(await createMediator());
    await expectError(recordPlacement({ actor: world.amActor, input: validInput(world.proposal.id), now: NOW }), "FORBIDDEN");
    await expectError(recordPlacement({ actor: world.employerActor, input: validInput(world.proposal.id), now: NOW }), "FORBIDDEN");
    await expectError(recordPlacement({ actor: world.residentActor, input: validInput(world.proposal.id), now: NOW }), "FORBIDDEN");
    await expectError(recordPlacement({ actor: stranger, input: validInput(world.proposal.id), now: NOW }), "NOT_FOUND");
    expect((await counts(world)).placements).toBe(0);
  });
});
