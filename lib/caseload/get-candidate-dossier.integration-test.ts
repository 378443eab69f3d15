import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { createCandidate, createJobseeker, createMediator, ensurePartner } from "@/tests/factories/candidates";
import { actorFor, createEmployerWithOwner } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { ensureVacancyReferenceData } from "@/tests/factories/vacancies";
import { getCandidateDossier } from "./get-candidate-dossier";

async function handover(candidateId: string, fromUserId: string, receiverId: string | null, status: "PENDING" | "ACCEPTED" | "REFUSED") {
  const partner = await ensurePartner("DOORSTROOMPUNT");
  return prisma.handover.create({
    data: { candidateId, fromUserId, toPartnerOrganisationId: partner.id, reason: "Jongere, beter bij Doorstroompunt", deadline: new Date(), status, acceptedById: receiverId },
  });
}

describe("getCandidateDossier", () => {
  it("shows the owner the whole dossier and writes one audit entry", async () => {
    const ref = await ensureVacancyReferenceData();
    await prisma.targetGroup.upsert({ where: { code: "PWET" }, update: {}, create: { code: "PWET", name: "Participatiewet" } });
    const owner = await createMediator();
    const { candidate } = await createJobseeker({
      ownerId: owner.id,
      firstName: "Nadia",
      lastName: "Boukhari",
      educationLevel: "MBO2",
      availableFrom: isoToDbDate("2026-02-01"),
      isWorkReady: true,
      workReadySince: isoToDbDate("2026-01-05"),
      skills: [{ skillCode: "samenwerken", level: 2 }, { skillCode: "persoonlijke-verzorging", level: 4 }],
      occupationClassCodes: ["ZOR"],
      workAreaIds: [ref.workAreaId],
      targetGroupCodes: ["PWET"],
    });
    await prisma.workReadinessAssessment.createMany({
      data: [
        { candidateId: candidate.id, assessedById: owner.id, assessedOn: isoToDbDate("2025-11-01"), ruleVersion: 1, employeeSkillScores: { Werkmotivatie: 2 }, lifeDomainScores: {}, derivedWorkReady: false },
        {
          candidateId: candidate.id, assessedById: owner.id, assessedOn: isoToDbDate("2026-01-05"), ruleVersion: 1, employeeSkillScores: { Werkmotivatie: 3 }, lifeDomainScores: { Huisvesting: 2 },
          derivedWorkReady: false, overrideWorkReady: true, overrideReason: "Proefplaatsing ging erg goed.",
        },
      ],
    });

    const dossier = await getCandidateDossier({ actor: actorFor(owner), candidateId: candidate.id });
    expect(dossier).toMatchObject({
      name: "Nadia Boukhari",
      isOwner: true,
      hasAccount: true,
      educationLevel: "MBO2",
      isWorkReady: true,
      workReadySince: isoToDbDate("2026-01-05"),
      skills: [{ code: "persoonlijke-verzorging", level: 4 }, { code: "samenwerken", level: 2 }],
      occupationWishes: [{ code: "ZOR" }],
      workAreaWishes: [{ id: ref.workAreaId }],
      targetGroups: [{ code: "PWET", name: "Participatiewet" }],
      sharesWithPartners: { kind: "granted" },
      canEditProfile: true,
      canRecordAssessment: true,
      canTransferOwnership: true,
      cv: null,
    });
    expect(dossier.assessments.map((a) => [a.assessedOn, a.workReady, a.overrideReason])).toEqual([
      [isoToDbDate("2026-01-05"), true, "Proefplaatsing ging erg goed."],
      [isoToDbDate("2025-11-01"), false, null],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { candidateId: candidate.id } });
    expect(audit).toMatchObject([{ actorId: owner.id, action: "candidate.read", purpose: "Kandidaatdossier bekijken" }]);
  });

  it("lets a bemiddelaar with an accepted handover read, but not edit, assess or transfer", async () => {
    const owner = await createMediator();
    const receiver = await createMediator({ partnerCode: "DOORSTROOMPUNT" });
    const candidate = await createCandidate({ ownerId: owner.id });
    await handover(candidate.id, owner.id, receiver.id, "ACCEPTED");
    const dossier = await getCandidateDossier({ actor: actorFor(receiver), candidateId: candidate.id });
    expect(dossier).toMatchObject({ id: candidate.id, isOwner: false, canEditProfile: false, canRecordAssessment: false, canTransferOwnership: false });
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id, actorId: receiver.id, action: "candidate.read" } })).toBe(1);
  });

  it("answers NOT_FOUND to other bemiddelaars (also with a pending or refused handover), the same as for a missing id", async () => {
    const owner = await createMediator();
    const other = await createMediator();
    const pending = await createMediator();
    const refused = await createMediator();
    const candidate = await createCandidate({ ownerId: owner.id });
    await handover(candidate.id, owner.id, pending.id, "PENDING");
    await handover(candidate.id, owner.id, refused.id, "REFUSED");
    for (const user of [other, pending, refused]) {
      await expect(getCandidateDossier({ actor: actorFor(user), candidateId: candidate.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getCandidateDossier({ actor: actorFor(owner), candidateId: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it("refuses accountmanagers, employers, residents (also their own record), staff and admins", async () => {
    const owner = await createMediator();
    const { user: resident, candidate } = await createJobseeker({ ownerId: owner.id });
    const { ownerActor, employerActor, organisation } = await createEmployerWithOwner();
    await prisma.consent.create({ data: { candidateId: candidate.id, purpose: "SHARE_WITH_EMPLOYER", organisationId: organisation.id, grantedAt: new Date() } });
    const staff = await createUser({ role: "REGIONAL_STAFF" });
    const admin = await createUser({ role: "ADMIN" });
    for (const actor of [ownerActor, employerActor, actorFor(resident), actorFor(staff), actorFor(admin)]) {
      await expect(getCandidateDossier({ actor, candidateId: candidate.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.auditLog.count({ where: { candidateId: candidate.id } })).toBe(0);
  });

  it("shows that sharing with the partners was revoked", async () => {
    const owner = await createMediator();
    const candidate = await createCandidate({ ownerId: owner.id });
    await prisma.consent.updateMany({ where: { candidateId: candidate.id }, data: { revokedAt: new Date() } });
    const dossier = await getCandidateDossier({ actor: actorFor(owner), candidateId: candidate.id });
    expect(dossier.sharesWithPartners.kind).toBe("revoked");
    expect(dossier.consents).toMatchObject([{ purpose: "SHARE_WITH_PARTNERS", revokedAt: expect.any(Date) }]);
  });
});
