/**
 * Issue 5 on top of the warm handovers seedNetwork made: consents linked to their handover, the
 * acceptor as new owner (with the ownership transfer logged), and handovers in the states the
 * network step does not create (waiting for consent, consent declined, cancelled).
 */
import type { HandoverStatus } from "../../../generated/prisma/enums";
import type { Prisma } from "../../../generated/prisma/client";
import { addDays, addHours, addWorkingDays } from "../dates";
import { partnerId, user, type DemoContext } from "./context";

const HANDOVER_WORKING_DAYS = 5;

const NEW_HANDOVERS: { status: HandoverStatus; to: string; team: string; reason: string; daysAgo: number }[] = [
  { status: "AWAITING_CONSENT", to: "UWV", team: "UWV – team Arbeidsbeperkten (WIA)", reason: "Na langdurige ziekte is een arbeidsdeskundig onderzoek nodig voordat we verder bemiddelen.", daysAgo: 1 },
  { status: "CONSENT_DECLINED", to: "LEERWERKLOKET", team: "Leerwerkloket – leren en ontwikkelen", reason: "Scholingsadvies richting een mbo-opleiding in de logistiek.", daysAgo: 16 },
  { status: "CANCELLED", to: "RMT", team: "Regionaal Mobiliteitsteam – van werk naar werk", reason: "Van werk naar werk begeleiden na aangekondigde reorganisatie.", daysAgo: 25 },
];

export async function completeHandovers(ctx: DemoContext): Promise<{ handovers: number }> {
  const { db, random, clock } = ctx;
  const demoMediator = user(ctx, "demo-bm");

  const codeById = new Map([...ctx.ref.partnerIdByCode].map(([code, id]) => [id, code]));
  const existing = (await db.handover.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((h) => ({
    ...h,
    toPartnerOrganisation: { code: codeById.get(h.toPartnerOrganisationId) ?? "" },
  }));
  const transfers: Prisma.OwnershipTransferCreateManyInput[] = [];
  for (const handover of existing) {
    await db.consent.updateMany({
      where: { candidateId: handover.candidateId, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: handover.toPartnerOrganisation.code, handoverId: null },
      data: { handoverId: handover.id },
    });
    // Accepting makes the receiving bemiddelaar the owner: nobody is without an owner at any moment.
    if (handover.status === "ACCEPTED" && handover.acceptedById && handover.acceptedById !== handover.fromUserId) {
      await db.candidate.update({ where: { id: handover.candidateId }, data: { ownerId: handover.acceptedById } });
      const candidate = ctx.candidates.find((c) => c.id === handover.candidateId);
      if (candidate) candidate.ownerId = handover.acceptedById;
      transfers.push({
        id: random.id(), candidateId: handover.candidateId, fromUserId: handover.fromUserId, toUserId: handover.acceptedById, byUserId: handover.acceptedById,
        reason: `Warme overdracht geaccepteerd (${handover.toTeam ?? handover.toPartnerOrganisation.code}).`, createdAt: handover.decidedAt ?? handover.createdAt,
      });
    }
  }

  // New handovers from the demo bemiddelaar, for candidates without an open handover or proposal.
  const busy = new Set([
    ...existing.map((h) => h.candidateId),
    ...ctx.proposals.filter((p) => !["DECLINED", "INTERVIEW_NEGATIVE", "WITHDRAWN", "CONSENT_DECLINED"].includes(p.status)).map((p) => p.candidateId),
    ...ctx.placements.map((p) => p.candidateId),
  ]);
  const pool = ctx.candidates.filter((c) => !c.demo && c.ownerId === demoMediator.id && c.sharesWithPartners && !busy.has(c.id));
  const picked = random.sample(pool, NEW_HANDOVERS.length);
  const rows: Prisma.HandoverCreateManyInput[] = [];
  const consents: Prisma.ConsentCreateManyInput[] = [];
  NEW_HANDOVERS.forEach((plan, index) => {
    const candidate = picked[index];
    if (!candidate) return;
    const id = random.id();
    const createdAt = addHours(clock.daysAgo(plan.daysAgo), 9 + index);
    const consentAnswer = addHours(createdAt, 20);
    rows.push({
      id, candidateId: candidate.id, fromUserId: demoMediator.id, toPartnerOrganisationId: partnerId(ctx, plan.to), toTeam: plan.team,
      reason: plan.reason, deadline: addWorkingDays(createdAt, HANDOVER_WORKING_DAYS), status: plan.status,
      decidedAt: plan.status === "AWAITING_CONSENT" ? null : plan.status === "CANCELLED" ? addDays(consentAnswer, 1) : consentAnswer,
      createdAt,
    });
    consents.push({
      id: random.id(), candidateId: candidate.id, purpose: "SHARE_WITH_PARTNER_ON_HANDOVER", partnerOrganisationCode: plan.to, handoverId: id,
      grantedAt: plan.status === "CANCELLED" ? consentAnswer : null,
      declinedAt: plan.status === "CONSENT_DECLINED" ? consentAnswer : null,
      createdAt,
    });
  });
  await db.handover.createMany({ data: rows });
  await db.consent.createMany({ data: consents });
  await db.ownershipTransfer.createMany({ data: transfers });
  return { handovers: existing.length + rows.length };
}
