import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { createHandover as createHandoverRow } from "@/tests/factories/handovers";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { getCandidateDossier } from "@/lib/caseload/get-candidate-dossier";
import { acceptHandover } from "./accept-handover";
import { cancelHandover } from "./cancel-handover";
import { createHandover } from "./create-handover";
import { defaultDeadlineIso } from "./deadline";
import { findIncomingHandovers } from "./find-incoming-handovers";
import { findOwnHandovers } from "./find-own-handovers";
import { findSentHandovers } from "./find-sent-handovers";
import { countHandoverWorklist } from "./count-handover-worklist";
import { getHandoverForm } from "./get-handover-form";
import { recordFirstContact } from "./record-first-contact";
import { refuseHandover } from "./refuse-handover";

const NOW = new Date("2026-11-23T10:00:00.000Z"); // Monday
const REASON = "Jongere onder 27, past beter bij het Doorstroompunt.";

async function expectError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).userMessage).toMatch(message);
  return error as AppError & { field?: string };
}

async function setUp() {
  await ensurePartner("DOORSTROOMPUNT");
  const sender = await createMediator({ partnerCode: "GEMEENTE", name: "Femke Jansen" });
  const receiver = await createMediator({ partnerCode: "DOORSTROOMPUNT", name: "Lotte Smit" });
  const colleague = await createMediator({ partnerCode: "DOORSTROOMPUNT", name: "Collega Doorstroom" });
  const otherPartner = await createMediator({ partnerCode: "UWV", name: "Kees Verhoeven" });
  const { user: resident, candidate } = await createJobseeker({ ownerId: sender.id, firstName: "Sanne", lastName: "Bakker" });
  const input = { candidateId: candidate.id, partnerCode: "DOORSTROOMPUNT", toTeam: "Team jongeren", reason: REASON, deadline: "2026-11-30" };
  return { sender, receiver, colleague, otherPartner, resident, candidate, input };
}

async function pendingHandover() {
  const ctx = await setUp();
  const { handover } = await createHandoverRow({ candidateId: ctx.candidate.id, fromUserId: ctx.sender.id, partnerCode: "DOORSTROOMPUNT", status: "PENDING", deadline: new Date("2026-11-30T22:59:59.999Z") });
  return { ...ctx, handover };
}

describe("createHandover (B7)", () => {
  it("stores the handover and a pending consent request in one go, audits it and asks the resident", async () => {
    const { sender, resident, candidate, input, receiver } = await setUp();
    const result = await createHandover({ actor: actorFor(sender), input, now: NOW });
    expect(result).toMatchObject({ status: "AWAITING_CONSENT", deadline: new Date("2026-11-30T22:59:59.999Z") });
    const stored = await prisma.handover.findUniqueOrThrow({ where: { id: result.id }, include: { consents: true } });
    expect(stored).toMatchObject({ fromUserId: sender.id, toTeam: "Team jongeren", reason: REASON, acceptedById: null });
    expect(stored.consents).toMatchObject([
      { purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: "DOORSTROOMPUNT", grantedAt: null, declinedAt: null, revokedAt: null },
    ]);
    // The sender stays owner until the partner accepts.
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(sender.id);
    expect(await prisma.auditLog.findMany({ where: { candidateId: candidate.id } })).toMatchObject([{ actorId: sender.id, action: "handover.create", entityId: result.id }]);
    expect(await prisma.notification.findMany({ where: { userId: resident.id } })).toMatchObject([
      { kind: "handover.consentRequested", link: "/werkzoekende/toestemmingen" },
    ]);
    // The team hears nothing until the resident consents.
    expect(await prisma.notification.count({ where: { userId: receiver.id } })).toBe(0);
  });

  it("goes straight to the partner when the resident already consents to that partner, and notifies its bemiddelaars only", async () => {
    const { sender, receiver, colleague, otherPartner, candidate, input } = await setUp();
    const grantedAt = new Date("2026-10-01T09:00:00.000Z");
    await prisma.consent.create({ data: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: "DOORSTROOMPUNT", grantedAt } });
    const disabled = await createUser({ role: "JOB_MEDIATOR", partnerOrganisationId: receiver.partnerOrganisationId, disabledAt: new Date() });
    const result = await createHandover({ actor: actorFor(sender), input, now: NOW });
    expect(result.status).toBe("PENDING");
    expect(await prisma.consent.findMany({ where: { handoverId: result.id } })).toMatchObject([{ grantedAt, revokedAt: null }]);
    for (const [user, count] of [[receiver, 1], [colleague, 1], [disabled, 0], [otherPartner, 0]] as const) {
      expect(await prisma.notification.count({ where: { userId: user.id, kind: "handover.requested" } })).toBe(count);
    }
    const [toTeam] = await prisma.notification.findMany({ where: { userId: receiver.id } });
    expect(`${toTeam!.title} ${toTeam!.body}`).not.toMatch(/Sanne|Bakker/);
  });

  it("refuses a second open handover (also two at the same time) with a Dutch conflict", async () => {
    const { sender, candidate, input } = await setUp();
    const results = await Promise.allSettled([
      createHandover({ actor: actorFor(sender), input, now: NOW }),
      createHandover({ actor: actorFor(sender), input, now: NOW }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toMatchObject({ code: "CONFLICT", userMessage: "Er loopt al een overdracht voor deze kandidaat." });
    await expectError(createHandover({ actor: actorFor(sender), input: { ...input, partnerCode: "UWV" }, now: NOW }), "CONFLICT", /Er loopt al een overdracht/);
    expect(await prisma.handover.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect(await prisma.consent.count({ where: { candidateId: candidate.id, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER" } })).toBe(1);
  });

  it("refuses the wrong role, a non-owner, a candidate without account, the own partner and bad input, storing nothing", async () => {
    const { sender, otherPartner, candidate, input } = await setUp();
    const { ownerActor: am } = await createEmployerWithOwner();
    await expectError(createHandover({ actor: am, input, now: NOW }), "FORBIDDEN");
    await expectError(createHandover({ actor: actorFor(otherPartner), input, now: NOW }), "NOT_FOUND");
    const { user: resident } = await createJobseeker();
    await expectError(createHandover({ actor: actorFor(resident), input, now: NOW }), "FORBIDDEN");

    const withoutAccount = await createCandidate({ ownerId: sender.id });
    await expectError(createHandover({ actor: actorFor(sender), input: { ...input, candidateId: withoutAccount.id }, now: NOW }), "INVALID_INPUT", /geen account in het portaal/);
    const own = await expectError(createHandover({ actor: actorFor(sender), input: { ...input, partnerCode: "GEMEENTE" }, now: NOW }), "INVALID_INPUT", /eigen organisatie/);
    expect(own.field).toBe("partnerCode");
    for (const deadline of ["2026-11-23", "2026-12-24", "2026-11-20"]) {
      const error = await expectError(createHandover({ actor: actorFor(sender), input: { ...input, deadline }, now: NOW }), "INVALID_INPUT");
      expect(error.field).toBe("deadline");
    }
    await expectError(createHandover({ actor: actorFor(sender), input: { ...input, reason: "kort" }, now: NOW }), "INVALID_INPUT");
    await expectError(createHandover({ actor: actorFor(sender), input: { ...input, partnerCode: "MBO_COLLEGE" }, now: NOW }), "INVALID_INPUT");
    expect(await prisma.handover.count({ where: { candidateId: { in: [candidate.id, withoutAccount.id] } } })).toBe(0);
    expect(await prisma.consent.count({ where: { purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", candidateId: { in: [candidate.id, withoutAccount.id] } } })).toBe(0);
  });

  it("proposes 5 working days as deadline and offers the partners except the own one", async () => {
    const { sender, candidate } = await setUp();
    await ensurePartner("UWV");
    expect(defaultDeadlineIso(NOW)).toBe("2026-11-30");
    expect(defaultDeadlineIso(new Date("2026-12-23T10:00:00.000Z"))).toBe("2026-12-31"); // both Christmas days and the weekend skipped
    const form = await getHandoverForm({ actor: actorFor(sender), candidateId: candidate.id, now: NOW });
    expect(form).toMatchObject({ candidate: { id: candidate.id, hasAccount: true }, openHandover: null, defaultDeadline: "2026-11-30", deadlineMin: "2026-11-24", deadlineMax: "2026-12-23" });
    expect(form.partners.map((p) => p.code).sort()).toEqual(["DOORSTROOMPUNT", "UWV"]);
    const other = await createMediator({ partnerCode: "UWV" });
    await expectError(getHandoverForm({ actor: actorFor(other), candidateId: candidate.id, now: NOW }), "NOT_FOUND");
  });
});

describe("deciding on a handover (B7)", () => {
  it("accept: the acceptor becomes owner (logged), sender and resident are told, and the dossier opens", async () => {
    const { handover, receiver, sender, resident, candidate } = await pendingHandover();
    const at = new Date("2026-11-24T09:00:00.000Z");
    await acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: at });
    expect(await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).toMatchObject({ status: "ACCEPTED", acceptedById: receiver.id, decidedAt: at });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(receiver.id);
    expect(await prisma.ownershipTransfer.findMany({ where: { candidateId: candidate.id } })).toMatchObject([
      { fromUserId: sender.id, toUserId: receiver.id, byUserId: receiver.id, reason: "Warme overdracht" },
    ]);
    expect(await prisma.notification.findMany({ where: { kind: "handover.accepted" }, orderBy: { userId: "asc" } })).toHaveLength(2);
    expect(await prisma.notification.count({ where: { userId: resident.id, kind: "handover.accepted" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, actorId: receiver.id, action: "handover.decide" } })).toBe(1);
    const dossier = await getCandidateDossier({ actor: actorFor(receiver), candidateId: candidate.id });
    expect(dossier.isOwner).toBe(true);
    // The sender no longer reads the dossier.
    await expectError(getCandidateDossier({ actor: actorFor(sender), candidateId: candidate.id }), "NOT_FOUND");
  });

  it("two accepts at the same time: exactly one wins, the other gets a Dutch conflict", async () => {
    const { handover, receiver, colleague, candidate } = await pendingHandover();
    const results = await Promise.allSettled([
      acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: NOW }),
      acceptHandover({ actor: actorFor(colleague), input: { handoverId: handover.id }, now: NOW }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", userMessage: expect.stringMatching(/al beslist/) });
    const stored = await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(stored.acceptedById);
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: candidate.id } })).toBe(1);
  });

  it("a bemiddelaar of another partner, the sender and an accountmanager cannot decide; a decided one cannot be decided again", async () => {
    const { handover, otherPartner, sender, receiver } = await pendingHandover();
    const { ownerActor: am } = await createEmployerWithOwner();
    await expectError(acceptHandover({ actor: actorFor(otherPartner), input: { handoverId: handover.id }, now: NOW }), "NOT_FOUND");
    await expectError(refuseHandover({ actor: actorFor(otherPartner), input: { handoverId: handover.id, reason: "Niet voor ons team bedoeld." }, now: NOW }), "NOT_FOUND");
    await expectError(acceptHandover({ actor: actorFor(sender), input: { handoverId: handover.id }, now: NOW }), "NOT_FOUND");
    await expectError(acceptHandover({ actor: am, input: { handoverId: handover.id }, now: NOW }), "FORBIDDEN");
    await expectError(acceptHandover({ actor: actorFor(receiver), input: { handoverId: "bestaat-niet" }, now: NOW }), "NOT_FOUND");
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).status).toBe("PENDING");

    await refuseHandover({ actor: actorFor(receiver), input: { handoverId: handover.id, reason: "Wij hebben geen plek in het traject." }, now: NOW });
    await expectError(acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: NOW }), "CONFLICT");
  });

  it("refuse: needs a reason, the sender stays owner and reads why", async () => {
    const { handover, receiver, sender, candidate } = await pendingHandover();
    await expectError(refuseHandover({ actor: actorFor(receiver), input: { handoverId: handover.id, reason: "" }, now: NOW }), "INVALID_INPUT");
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).status).toBe("PENDING");
    await refuseHandover({ actor: actorFor(receiver), input: { handoverId: handover.id, reason: "Kandidaat is ouder dan 27 jaar." }, now: NOW });
    expect(await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).toMatchObject({ status: "REFUSED", refusalReason: "Kandidaat is ouder dan 27 jaar.", decidedAt: NOW });
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).toBe(sender.id);
    expect(await prisma.notification.findMany({ where: { userId: sender.id } })).toMatchObject([{ kind: "handover.refused", body: expect.stringContaining("ouder dan 27") }]);
    expect(await countHandoverWorklist(actorFor(sender), NOW)).toMatchObject({ needsAction: 1 });
  });

  it("a handover whose consent was revoked cannot be accepted and leaves the queue", async () => {
    const { handover, receiver, candidate } = await pendingHandover();
    await prisma.consent.updateMany({ where: { handoverId: handover.id }, data: { revokedAt: NOW } });
    expect((await findIncomingHandovers(actorFor(receiver), NOW)).pending.map((item) => item.id)).not.toContain(handover.id);
    await expectError(acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: NOW }), "CONFLICT", /ingetrokken/);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).ownerId).not.toBe(receiver.id);
  });

  it("cancel: only the sender, only while open; the unanswered consent request is withdrawn", async () => {
    const { sender, receiver, resident, candidate, input } = await setUp();
    const { id } = await createHandover({ actor: actorFor(sender), input, now: NOW });
    await expectError(cancelHandover({ actor: actorFor(receiver), input: { handoverId: id }, now: NOW }), "NOT_FOUND");
    const { ownerActor: am } = await createEmployerWithOwner();
    await expectError(cancelHandover({ actor: am, input: { handoverId: id }, now: NOW }), "FORBIDDEN");
    await cancelHandover({ actor: actorFor(sender), input: { handoverId: id }, now: NOW });
    expect((await prisma.handover.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
    expect(await prisma.consent.findMany({ where: { handoverId: id } })).toMatchObject([{ grantedAt: null, revokedAt: NOW }]);
    expect(await prisma.notification.count({ where: { userId: resident.id, kind: "handover.cancelled" } })).toBe(1);
    await expectError(cancelHandover({ actor: actorFor(sender), input: { handoverId: id }, now: NOW }), "CONFLICT");
    // A new handover may be started now.
    await createHandover({ actor: actorFor(sender), input: { ...input, partnerCode: "UWV" }, now: NOW });
    expect(await prisma.handover.count({ where: { candidateId: candidate.id } })).toBe(2);
  });

  it("first contact: only the acceptor, not in the future, not before acceptance", async () => {
    const { handover, receiver, colleague } = await pendingHandover();
    const acceptedAt = new Date("2026-11-24T13:00:00.000Z");
    await acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: acceptedAt });
    const later = new Date("2026-11-26T10:00:00.000Z");
    await expectError(recordFirstContact({ actor: actorFor(colleague), input: { handoverId: handover.id, firstContactOn: "2026-11-25" }, now: later }), "NOT_FOUND");
    const future = await expectError(recordFirstContact({ actor: actorFor(receiver), input: { handoverId: handover.id, firstContactOn: "2026-11-27" }, now: later }), "INVALID_INPUT", /toekomst/);
    expect(future.field).toBe("firstContactOn");
    await expectError(recordFirstContact({ actor: actorFor(receiver), input: { handoverId: handover.id, firstContactOn: "2026-11-23" }, now: later }), "INVALID_INPUT", /vóór het aannemen/);
    await expectError(recordFirstContact({ actor: actorFor(receiver), input: { handoverId: handover.id, firstContactOn: "gisteren" }, now: later }), "INVALID_INPUT");
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).firstContactAt).toBeNull();
    await recordFirstContact({ actor: actorFor(receiver), input: { handoverId: handover.id, firstContactOn: "2026-11-24" }, now: later });
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).firstContactAt).toEqual(acceptedAt);
    await recordFirstContact({ actor: actorFor(receiver), input: { handoverId: handover.id, firstContactOn: "2026-11-25" }, now: later });
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).firstContactAt).toEqual(new Date("2026-11-24T23:00:00.000Z"));
  });
});

describe("reading handovers", () => {
  it("the team queue shows minimal data, earliest deadline first, and audits each name shown", async () => {
    const { handover, receiver, otherPartner, candidate, sender } = await pendingHandover();
    const { candidate: second } = await createJobseeker({ ownerId: sender.id, firstName: "Bram", lastName: "de Vries" });
    const { handover: earlier } = await createHandoverRow({ candidateId: second.id, fromUserId: sender.id, partnerCode: "DOORSTROOMPUNT", deadline: new Date("2026-11-25T22:59:59.999Z") });
    const queue = await findIncomingHandovers(actorFor(receiver), NOW);
    const mine = queue.pending.filter((item) => [earlier.id, handover.id].includes(item.id));
    expect(mine.map((item) => item.id)).toEqual([earlier.id, handover.id]);
    expect(mine[1]).toEqual({
      id: handover.id,
      candidateShortName: "Sanne B.",
      reason: expect.any(String),
      toTeam: null,
      from: "Femke Jansen",
      fromPartner: "Partner GEMEENTE",
      deadline: new Date("2026-11-30T22:59:59.999Z"),
      createdAt: expect.any(Date),
      overdue: false,
    });
    expect(await prisma.auditLog.count({ where: { actorId: receiver.id, action: "handover.read", candidateId: { in: [candidate.id, second.id] } } })).toBe(2);
    expect((await findIncomingHandovers(actorFor(otherPartner), NOW)).pending.map((item) => item.id)).not.toContain(handover.id);
    expect((await countHandoverWorklist(actorFor(receiver), NOW))!.incoming).toBe(queue.pending.length);
    expect(await countHandoverWorklist(actorFor(otherPartner), NOW)).toMatchObject({ incoming: 0, incomingOverdue: 0 });
    const sent = await findSentHandovers(actorFor(sender));
    expect(sent.map((item) => [item.candidateName, item.status])).toEqual([
      ["Bram de Vries", "PENDING"],
      ["Sanne Bakker", "PENDING"],
    ]);
  });

  it("the resident sees their own handovers only", async () => {
    const { handover, resident } = await pendingHandover();
    const { user: stranger } = await createJobseeker();
    expect(await findOwnHandovers(actorFor(resident))).toMatchObject([{ id: handover.id, status: "PENDING", partner: "Partner DOORSTROOMPUNT" }]);
    expect(await findOwnHandovers(actorFor(stranger))).toEqual([]);
  });
});

describe("access after a handover (candidateOwnerOrHandedOver)", () => {
  it("a former acceptor keeps access through the handover only while its consent is not revoked", async () => {
    const { handover, receiver, candidate } = await pendingHandover();
    await acceptHandover({ actor: actorFor(receiver), input: { handoverId: handover.id }, now: NOW });
    const next = await createMediator({ partnerCode: "DOORSTROOMPUNT" });
    await prisma.candidate.update({ where: { id: candidate.id }, data: { ownerId: next.id } });
    expect((await getCandidateDossier({ actor: actorFor(receiver), candidateId: candidate.id })).isOwner).toBe(false);
    await prisma.consent.updateMany({ where: { handoverId: handover.id }, data: { revokedAt: NOW } });
    await expectError(getCandidateDossier({ actor: actorFor(receiver), candidateId: candidate.id }), "NOT_FOUND");
    // The owner keeps access after the revocation (decision 008).
    expect((await getCandidateDossier({ actor: actorFor(next), candidateId: candidate.id })).isOwner).toBe(true);
  });
});
