import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { activeHandoverConsentWhere } from "./handover-consent-where";
import { incomingHandoverWhere } from "./incoming-where";
import { shortName } from "./labels";

export type IncomingHandover = {
  id: string;
  candidateShortName: string;
  reason: string;
  toTeam: string | null;
  from: string;
  fromPartner: string | null;
  deadline: Date;
  createdAt: Date;
  overdue: boolean;
};

export type AcceptedByMe = { id: string; candidateId: string; candidateName: string; acceptedAt: Date; firstContactAt: Date | null };

export type IncomingHandovers = { pending: IncomingHandover[]; acceptedByMe: AcceptedByMe[] };

/**
 * "Binnengekomen overdrachten" for the actor's partner organisation (B7): the PENDING handovers whose
 * consent is still active, earliest deadline first, with only what the team needs to decide (first
 * name and initial, reason, sender, deadline); each name shown is audited (handover.read). Also the
 * handovers this bemiddelaar accepted in the last 60 days, to record the first contact.
 */
export async function findIncomingHandovers(actor: Actor, now: Date): Promise<IncomingHandovers> {
  assertCan(actor, "handover.decide");
  return prisma.$transaction(async (tx) => {
    const pending = await tx.handover.findMany({
      where: { AND: [incomingHandoverWhere(actor), { status: "PENDING", consents: { some: activeHandoverConsentWhere } }] },
      orderBy: [{ deadline: "asc" }, { createdAt: "asc" }],
      take: 200,
      select: {
        id: true,
        reason: true,
        toTeam: true,
        deadline: true,
        createdAt: true,
        fromUser: { select: { name: true, partnerOrganisation: { select: { name: true } } } },
        candidate: { select: { id: true, firstName: true, lastName: true } },
      },
    });
    const accepted = await tx.handover.findMany({
      where: { acceptedById: actor.userId, status: "ACCEPTED", decidedAt: { gte: new Date(now.getTime() - 60 * 24 * 60 * 60 * 1000) } },
      orderBy: { decidedAt: "desc" },
      take: 100,
      select: { id: true, decidedAt: true, firstContactAt: true, candidate: { select: { id: true, firstName: true, lastName: true } } },
    });
    await recordCandidateAccess(tx, actor, [
      ...pending.map((handover) => ({
        candidateId: handover.candidate.id,
        action: "handover.read" as const,
        purpose: "Binnengekomen warme overdracht beoordelen",
        entity: "Handover",
        entityId: handover.id,
      })),
      ...accepted.map((handover) => ({
        candidateId: handover.candidate.id,
        action: "candidate.list" as const,
        purpose: "Aangenomen warme overdrachten bekijken",
        entity: "Handover",
        entityId: handover.id,
      })),
    ]);
    return {
      pending: pending.map((handover) => ({
        id: handover.id,
        candidateShortName: shortName(handover.candidate.firstName, handover.candidate.lastName),
        reason: handover.reason,
        toTeam: handover.toTeam,
        from: handover.fromUser.name,
        fromPartner: handover.fromUser.partnerOrganisation?.name ?? null,
        deadline: handover.deadline,
        createdAt: handover.createdAt,
        overdue: handover.deadline < now,
      })),
      acceptedByMe: accepted.map((handover) => ({
        id: handover.id,
        candidateId: handover.candidate.id,
        candidateName: `${handover.candidate.firstName} ${handover.candidate.lastName}`,
        acceptedAt: handover.decidedAt!,
        firstContactAt: handover.firstContactAt,
      })),
    };
  });
}
