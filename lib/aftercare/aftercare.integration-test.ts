import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assessTrial } from "@/lib/placements/assess-trial";
import { endPlacement } from "@/lib/placements/end-placement";
import { handlePlacementSignal } from "@/lib/placements/handle-signal";
import { raisePlacementSignal } from "@/lib/placements/raise-signal";
import { createEmployerWithOwner } from "@/tests/factories/questions";
import { createPlaceableProposal, createPlacementRow } from "@/tests/factories/placements";
import { answerEmployerAftercare } from "./answer-employer-aftercare";
import { followUpLowScore } from "./follow-up-low-score";
import { recordEmployeeAftercare } from "./record-employee-aftercare";

// Placements start 2026-01-15: the 1-month check-ins are due 2026-02-15.
const BEFORE_DUE = new Date("2026-02-14T12:00:00.000Z");
const DUE = new Date("2026-02-16T09:00:00.000Z");

async function expectError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

async function placed() {
  const world = await createPlaceableProposal();
  const placement = await createPlacementRow(world);
  const check = (side: "EMPLOYEE" | "EMPLOYER", months: number) =>
    placement.aftercareChecks.find((c) => c.side === side && c.monthsAfterStart === months)!;
  return { ...world, placement, check };
}

describe("employee aftercare (B6)", () => {
  it("is recorded once when due, raises a knelpunt to the accountmanager without the name", async () => {
    const w = await placed();
    const input = { checkId: w.check("EMPLOYEE", 1).id, score: 2, comment: "Lastige start", raiseSignal: true, signalText: "Werktijden passen niet" };
    await expectError(recordEmployeeAftercare({ actor: w.mediatorActor, input, now: BEFORE_DUE }), "CONFLICT");
    await recordEmployeeAftercare({ actor: w.mediatorActor, input, now: DUE });
    await expectError(recordEmployeeAftercare({ actor: w.mediatorActor, input, now: DUE }), "CONFLICT");
    expect(await prisma.aftercareCheck.findUniqueOrThrow({ where: { id: input.checkId } })).toMatchObject({ score: 2, raisesSignal: true, completedById: w.mediator.id });
    expect(await prisma.placementSignal.count({ where: { placementId: w.placement.id } })).toBe(1);
    const toAm = await prisma.notification.findFirstOrThrow({ where: { userId: w.accountManager.id, kind: "placement.signal" } });
    expect(`${toAm.title} ${toAm.body}`).not.toMatch(/Sanne|Geheim/);
    expect(await prisma.auditLog.count({ where: { candidateId: w.candidate.id, action: "aftercare.record" } })).toBe(1);
  });

  it("refuses bad input, the accountmanager, the employer and a 3-month check before its date", async () => {
    const w = await placed();
    const checkId = w.check("EMPLOYEE", 1).id;
    await expectError(recordEmployeeAftercare({ actor: w.mediatorActor, input: { checkId, score: 6 }, now: DUE }), "INVALID_INPUT");
    await expectError(recordEmployeeAftercare({ actor: w.mediatorActor, input: { checkId, score: 3, raiseSignal: true, signalText: "" }, now: DUE }), "INVALID_INPUT");
    await expectError(recordEmployeeAftercare({ actor: w.amActor, input: { checkId, score: 3 }, now: DUE }), "FORBIDDEN");
    await expectError(recordEmployeeAftercare({ actor: w.employerActor, input: { checkId, score: 3 }, now: DUE }), "FORBIDDEN");
    // The bemiddelaar cannot answer the employer's check-in through the employee form.
    await expectError(recordEmployeeAftercare({ actor: w.mediatorActor, input: { checkId: w.check("EMPLOYER", 1).id, score: 3 }, now: DUE }), "NOT_FOUND");
    await expectError(recordEmployeeAftercare({ actor: w.mediatorActor, input: { checkId: w.check("EMPLOYEE", 3).id, score: 3 }, now: DUE }), "CONFLICT");
    expect(await prisma.aftercareCheck.count({ where: { placementId: w.placement.id, completedAt: { not: null } } })).toBe(0);
  });
});

describe("employer aftercare (E6, A5)", () => {
  it("is answered once even when sent twice at once; a low score reaches the accountmanager who follows up", async () => {
    const w = await placed();
    const checkId = w.check("EMPLOYER", 1).id;
    const answer = () => answerEmployerAftercare({ actor: w.employerActor, input: { checkId, score: 2, comment: "Moeizaam" }, now: DUE });
    const results = await Promise.allSettled([answer(), answer()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.notification.count({ where: { userId: w.accountManager.id, kind: "aftercare.lowScore" } })).toBe(1);
    const lowScore = await prisma.notification.findFirstOrThrow({ where: { userId: w.accountManager.id, kind: "aftercare.lowScore" } });
    expect(`${lowScore.title} ${lowScore.body}`).not.toMatch(/Sanne|Geheim/);

    await expectError(followUpLowScore({ actor: w.employerActor, input: { checkId, note: "Gebeld" }, now: DUE }), "FORBIDDEN");
    await expectError(followUpLowScore({ actor: w.mediatorActor, input: { checkId, note: "Gebeld" }, now: DUE }), "FORBIDDEN");
    await followUpLowScore({ actor: w.amActor, input: { checkId, note: "Gebeld met de werkgever" }, now: DUE });
    await expectError(followUpLowScore({ actor: w.amActor, input: { checkId, note: "Nogmaals" }, now: DUE }), "CONFLICT");
    expect(await prisma.aftercareCheck.findUniqueOrThrow({ where: { id: checkId } })).toMatchObject({ followUpNote: "Gebeld met de werkgever", followedUpById: w.accountManager.id });
  });

  it("refuses before the due date, a bemiddelaar, another organisation, score 6; a good score notifies nobody", async () => {
    const w = await placed();
    const checkId = w.check("EMPLOYER", 1).id;
    const other = await createEmployerWithOwner();
    await expectError(answerEmployerAftercare({ actor: w.employerActor, input: { checkId, score: 4 }, now: BEFORE_DUE }), "CONFLICT");
    await expectError(answerEmployerAftercare({ actor: w.mediatorActor, input: { checkId, score: 4 }, now: DUE }), "FORBIDDEN");
    await expectError(answerEmployerAftercare({ actor: other.employerActor, input: { checkId, score: 4 }, now: DUE }), "NOT_FOUND");
    await expectError(answerEmployerAftercare({ actor: w.employerActor, input: { checkId, score: 6 }, now: DUE }), "INVALID_INPUT");
    await expectError(answerEmployerAftercare({ actor: w.employerActor, input: { checkId: w.check("EMPLOYEE", 1).id, score: 4 }, now: DUE }), "NOT_FOUND");
    await answerEmployerAftercare({ actor: w.employerActor, input: { checkId, score: 4 }, now: DUE });
    expect(await prisma.notification.count({ where: { userId: w.accountManager.id, kind: "aftercare.lowScore" } })).toBe(0);
    await expectError(followUpLowScore({ actor: w.amActor, input: { checkId, note: "x" }, now: DUE }), "CONFLICT");
  });
});

describe("knelpunt, end and proefplaatsing (B5, B6)", () => {
  it("the bemiddelaar signals a knelpunt; only the owner accountmanager handles it, once", async () => {
    const w = await placed();
    await expectError(raisePlacementSignal({ actor: w.amActor, input: { placementId: w.placement.id, text: "x" } }), "FORBIDDEN");
    await expectError(raisePlacementSignal({ actor: w.mediatorActor, input: { placementId: w.placement.id, text: "" } }), "INVALID_INPUT");
    const { id } = await raisePlacementSignal({ actor: w.mediatorActor, input: { placementId: w.placement.id, text: "Vervoer lukt niet" } });
    const other = await createEmployerWithOwner();
    await expectError(handlePlacementSignal({ actor: other.ownerActor, input: { signalId: id, note: "x" } }), "NOT_FOUND");
    await expectError(handlePlacementSignal({ actor: w.mediatorActor, input: { signalId: id, note: "x" } }), "FORBIDDEN");
    await handlePlacementSignal({ actor: w.amActor, input: { signalId: id, note: "Besproken met werkgever" } });
    await expectError(handlePlacementSignal({ actor: w.amActor, input: { signalId: id, note: "x" } }), "CONFLICT");
  });

  it("ending early records the reason, frees the candidate and makes open check-ins no longer answerable", async () => {
    const w = await placed();
    await expectError(endPlacement({ actor: w.amActor, input: { placementId: w.placement.id, endedOn: "2026-02-10", reasonCode: "RESIGNED" }, now: DUE }), "FORBIDDEN");
    await expectError(endPlacement({ actor: w.mediatorActor, input: { placementId: w.placement.id, endedOn: "2026-02-10", reasonCode: "OTHER", reason: "" }, now: DUE }), "INVALID_INPUT");
    await expectError(endPlacement({ actor: w.mediatorActor, input: { placementId: w.placement.id, endedOn: "2026-03-10", reasonCode: "RESIGNED" }, now: DUE }), "INVALID_INPUT");
    await endPlacement({ actor: w.mediatorActor, input: { placementId: w.placement.id, endedOn: "2026-02-10", reasonCode: "ILLNESS" }, now: DUE });
    expect(await prisma.placement.findUniqueOrThrow({ where: { id: w.placement.id } })).toMatchObject({ endReasonCode: "ILLNESS" });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: w.candidate.id } })).status).toBe("SEEKING");
    expect(await prisma.notification.count({ where: { kind: "placement.ended", userId: { in: [w.accountManager.id, w.employer.id] } } })).toBe(2);
    await expectError(answerEmployerAftercare({ actor: w.employerActor, input: { checkId: w.check("EMPLOYER", 1).id, score: 4 }, now: DUE }), "CONFLICT");
    await expectError(endPlacement({ actor: w.mediatorActor, input: { placementId: w.placement.id, endedOn: "2026-02-11", reasonCode: "ILLNESS" }, now: DUE }), "CONFLICT");
  });

  it("a proefplaatsing not continued ends; one continued keeps running", async () => {
    const stopped = await createPlaceableProposal();
    const trial = await createPlacementRow(stopped, { contractType: "TRIAL_PLACEMENT" });
    await expectError(assessTrial({ actor: stopped.mediatorActor, input: { placementId: trial.id, outcome: "NO_SHOW", continued: "yes" }, now: DUE }), "INVALID_INPUT");
    await assessTrial({ actor: stopped.mediatorActor, input: { placementId: trial.id, outcome: "STOPPED_EARLY", continued: "no" }, now: DUE });
    expect(await prisma.placement.findUniqueOrThrow({ where: { id: trial.id } })).toMatchObject({ trialOutcome: "STOPPED_EARLY", trialContinued: false, endReasonCode: "TRIAL_NOT_CONTINUED" });
    expect((await prisma.placement.findUniqueOrThrow({ where: { id: trial.id } })).endedOn?.toISOString().slice(0, 10)).toBe("2026-02-16");

    const kept = await createPlaceableProposal();
    const ok = await createPlacementRow(kept, { contractType: "TRIAL_PLACEMENT" });
    await assessTrial({ actor: kept.mediatorActor, input: { placementId: ok.id, outcome: "COMPLETED", continued: "yes" }, now: DUE });
    expect(await prisma.placement.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ trialContinued: true, endedOn: null });
    await expectError(assessTrial({ actor: kept.mediatorActor, input: { placementId: ok.id, outcome: "COMPLETED", continued: "yes" }, now: DUE }), "CONFLICT");
    const plain = await createPlaceableProposal();
    const notTrial = await createPlacementRow(plain);
    await expectError(assessTrial({ actor: plain.mediatorActor, input: { placementId: notTrial.id, outcome: "COMPLETED", continued: "yes" }, now: DUE }), "CONFLICT");
  });
});
