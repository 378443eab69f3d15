import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deadlineBounds, defaultDeadlineIso } from "./deadline";
import { HANDOVER_PARTNER_CODES } from "./schemas";

export type HandoverForm = {
  candidate: { id: string; name: string; hasAccount: boolean };
  openHandover: { id: string; partner: string } | null;
  partners: { code: string; name: string }[];
  defaultDeadline: string;
  deadlineMin: string;
  deadlineMax: string;
};

/** What the warme-overdracht page needs; only the owner bemiddelaar gets it (others NOT_FOUND). Audited. */
export async function getHandoverForm({ actor, candidateId, now }: { actor: Actor; candidateId: string; now: Date }): Promise<HandoverForm> {
  assertCan(actor, "handover.create");
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId.slice(0, 40), anonymisedAt: null }, candidateWhereFor(actor, "handover.create")] },
      select: {
        id: true,
        userId: true,
        firstName: true,
        lastName: true,
        handovers: { where: { status: { in: ["AWAITING_CONSENT", "PENDING"] } }, select: { id: true, toPartnerOrganisation: { select: { name: true } } } },
      },
    });
    if (!candidate) throw new AppError("NOT_FOUND");
    const partners = await tx.partnerOrganisation.findMany({
      where: { code: { in: [...HANDOVER_PARTNER_CODES] }, active: true, ...(actor.partnerOrganisationId ? { id: { not: actor.partnerOrganisationId } } : {}) },
      orderBy: { name: "asc" },
      select: { code: true, name: true },
    });
    await recordCandidateAccess(tx, actor, [{ candidateId: candidate.id, action: "candidate.read", purpose: "Warme overdracht naar een partner voorbereiden" }]);
    const open = candidate.handovers[0];
    const bounds = deadlineBounds(now);
    return {
      candidate: { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}`, hasAccount: candidate.userId !== null },
      openHandover: open ? { id: open.id, partner: open.toPartnerOrganisation.name } : null,
      partners,
      defaultDeadline: defaultDeadlineIso(now),
      deadlineMin: bounds.min,
      deadlineMax: bounds.max,
    };
  });
}
