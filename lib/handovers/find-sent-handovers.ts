import "server-only";
import type { HandoverStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { shortName } from "./labels";

export type SentHandover = {
  id: string;
  candidateId: string;
  candidateName: string;
  /** Still this bemiddelaar's candidate: the dossier can be opened. */
  isMine: boolean;
  partner: string;
  toTeam: string | null;
  status: HandoverStatus;
  deadline: Date;
  createdAt: Date;
  decidedAt: Date | null;
  acceptedBy: string | null;
  refusalReason: string | null;
  firstContactAt: Date | null;
};

/**
 * "Mijn overdrachten": the handovers this bemiddelaar sent, newest first. The full name only while
 * the candidate is still theirs, otherwise first name and initial; every name shown is audited.
 */
export async function findSentHandovers(actor: Actor): Promise<SentHandover[]> {
  assertCan(actor, "handover.create");
  return prisma.$transaction(async (tx) => {
    const rows = await tx.handover.findMany({
      where: { fromUserId: actor.userId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        status: true,
        toTeam: true,
        deadline: true,
        createdAt: true,
        decidedAt: true,
        refusalReason: true,
        firstContactAt: true,
        toPartnerOrganisation: { select: { name: true } },
        acceptedBy: { select: { name: true } },
        candidate: { select: { id: true, firstName: true, lastName: true, ownerId: true } },
      },
    });
    await recordCandidateAccess(
      tx,
      actor,
      rows.map((row) => ({ candidateId: row.candidate.id, action: "handover.read", purpose: "Eigen warme overdrachten volgen", entity: "Handover", entityId: row.id })),
    );
    return rows.map((row) => {
      const isMine = row.candidate.ownerId === actor.userId;
      return {
        id: row.id,
        candidateId: row.candidate.id,
        candidateName: isMine ? `${row.candidate.firstName} ${row.candidate.lastName}` : shortName(row.candidate.firstName, row.candidate.lastName),
        isMine,
        partner: row.toPartnerOrganisation.name,
        toTeam: row.toTeam,
        status: row.status,
        deadline: row.deadline,
        createdAt: row.createdAt,
        decidedAt: row.decidedAt,
        acceptedBy: row.acceptedBy?.name ?? null,
        refusalReason: row.refusalReason,
        firstContactAt: row.firstContactAt,
      };
    });
  });
}
