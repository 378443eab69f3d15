import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCandidate, createJobseeker, createMediator } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { getCandidateDossier } from "./get-candidate-dossier";
import { transferCandidateOwnership } from "./transfer-candidate-ownership";

const REASON = "Kandidaat verhuist naar Huizen; collega werkt in dat gebied.";

describe("transferCandidateOwnership", () => {
  it("moves the candidate, logs the transfer, audits it and notifies the new owner in one go", async () => {
    const owner = await createMediator({ name: "Femke Jansen" });
    const next = await createMediator({ name: "Kees Verhoeven" });
    const candidate = await createCandidate({ ownerId: owner.id, firstName: "Sara", lastName: "Vos" });

    const result = await transferCandidateOwnership({ actor: actorFor(owner), input: { candidateId: candidate.id, toUserId: next.id, reason: REASON } });
    expect(result).toMatchObject({ id: candidate.id, ownerId: next.id });
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({ ownerId: next.id });
    expect(await prisma.ownershipTransfer.findMany({ where: { candidateId: candidate.id } })).toMatchObject([
      { id: result.transferId, fromUserId: owner.id, toUserId: next.id, byUserId: owner.id, reason: REASON, organisationId: null },
    ]);
    expect(await prisma.auditLog.findMany({ where: { candidateId: candidate.id } })).toMatchObject([
      { actorId: owner.id, action: "ownership.transfer", entity: "OwnershipTransfer", entityId: result.transferId },
    ]);
    expect(await prisma.notification.findMany({ where: { userId: next.id } })).toMatchObject([
      { kind: "candidate.ownershipTransferred", title: "U bent nu de bemiddelaar van Sara Vos", link: `/professional/kandidaten/${candidate.id}` },
    ]);
    expect(await prisma.notification.count({ where: { userId: owner.id } })).toBe(0);

    // The new owner sees the history; the old owner no longer sees the candidate.
    const dossier = await getCandidateDossier({ actor: actorFor(next), candidateId: candidate.id });
    expect(dossier.transfers).toMatchObject([{ from: "Femke Jansen", to: "Kees Verhoeven", by: "Femke Jansen", reason: REASON }]);
    await expect(getCandidateDossier({ actor: actorFor(owner), candidateId: candidate.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stores one transfer for the same submission sent twice, also at the same moment", async () => {
    const owner = await createMediator();
    const next = await createMediator();
    const candidate = await createCandidate({ ownerId: owner.id });
    const input = { candidateId: candidate.id, toUserId: next.id, reason: REASON };
    const [first, second] = await Promise.all([
      transferCandidateOwnership({ actor: actorFor(owner), input }),
      transferCandidateOwnership({ actor: actorFor(owner), input }),
    ]);
    expect(second.transferId).toBe(first.transferId);
    expect(await transferCandidateOwnership({ actor: actorFor(owner), input })).toEqual(first);
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: next.id } })).toBe(1);
  });

  it("lets only one of two different transfers at the same moment win", async () => {
    const owner = await createMediator();
    const [a, b] = [await createMediator(), await createMediator()];
    const candidate = await createCandidate({ ownerId: owner.id });
    const results = await Promise.allSettled(
      [a, b].map((to) => transferCandidateOwnership({ actor: actorFor(owner), input: { candidateId: candidate.id, toUserId: to.id, reason: REASON } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: expect.stringMatching(/CONFLICT|NOT_FOUND/) } });
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: candidate.id } })).toBe(1);
  });

  it("refuses a transfer to oneself, to a non-bemiddelaar or a disabled one, with a Dutch message at the field", async () => {
    const owner = await createMediator();
    const candidate = await createCandidate({ ownerId: owner.id });
    const am = await createUser({ role: "ACCOUNT_MANAGER" });
    const disabled = await createMediator().then((u) => prisma.user.update({ where: { id: u.id }, data: { disabledAt: new Date() } }));
    const transfer = (toUserId: string) => transferCandidateOwnership({ actor: actorFor(owner), input: { candidateId: candidate.id, toUserId, reason: REASON } });
    await expect(transfer(owner.id)).rejects.toMatchObject({ code: "INVALID_INPUT", field: "toUserId", userMessage: expect.stringContaining("al de eigenaar") });
    for (const id of [am.id, disabled.id, "bestaat-niet"]) {
      await expect(transfer(id)).rejects.toMatchObject({ code: "INVALID_INPUT", field: "toUserId", userMessage: "Kies een andere, actieve bemiddelaar." });
    }
    await expect(
      transferCandidateOwnership({ actor: actorFor(owner), input: { candidateId: candidate.id, toUserId: am.id, reason: "kort" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({ ownerId: owner.id });
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it("refuses a bemiddelaar who is not the owner, accountmanagers, employers and residents; nothing changes", async () => {
    const owner = await createMediator();
    const stranger = await createMediator();
    const { user: resident, candidate } = await createJobseeker({ ownerId: owner.id });
    const { ownerActor, employerActor } = await createEmployerWithOwner();
    const input = { candidateId: candidate.id, toUserId: stranger.id, reason: REASON };
    await expect(transferCandidateOwnership({ actor: actorFor(stranger), input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const actor of [ownerActor, employerActor, actorFor(resident)]) {
      await expect(transferCandidateOwnership({ actor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({ ownerId: owner.id });
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: candidate.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it("lets an admin transfer any candidate; both bemiddelaars hear of it", async () => {
    const owner = await createMediator();
    const next = await createMediator();
    const admin = await createUser({ role: "ADMIN", name: "Beheerder" });
    const candidate = await createCandidate({ ownerId: owner.id });
    await transferCandidateOwnership({ actor: actorFor(admin), input: { candidateId: candidate.id, toUserId: next.id, reason: REASON } });
    expect(await prisma.ownershipTransfer.findFirst({ where: { candidateId: candidate.id } })).toMatchObject({ fromUserId: owner.id, byUserId: admin.id });
    expect(await prisma.notification.count({ where: { userId: { in: [owner.id, next.id] }, kind: "candidate.ownershipTransferred" } })).toBe(2);
  });

  it("refuses a bemiddelaar of another partner organisation (that needs the resident's consent: a warm handover), also for an admin", async () => {
    const owner = await createMediator({ partnerCode: "GEMEENTE" });
    const elsewhere = await createMediator({ partnerCode: "UWV", name: "Kees Verhoeven" });
    const admin = await createUser({ role: "ADMIN" });
    const candidate = await createCandidate({ ownerId: owner.id });
    for (const actor of [actorFor(owner), actorFor(admin)]) {
      await expect(
        transferCandidateOwnership({ actor, input: { candidateId: candidate.id, toUserId: elsewhere.id, reason: REASON } }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "toUserId", userMessage: expect.stringMatching(/warme overdracht/i) });
    }
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({ ownerId: owner.id });
    expect(await prisma.ownershipTransfer.count({ where: { candidateId: candidate.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: elsewhere.id } })).toBe(0);
  });
});
