import "server-only";
import type { ConsentPurpose, Prisma } from "@/generated/prisma/client";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";

type Tx = Prisma.TransactionClient;

/** Proposal statuses in which the employer is still working with the candidate's data. */
const SHARED_OPEN_STATUSES = ["PROPOSED", "INVITED", "INTERVIEW_POSITIVE"] as const;

/**
 * What follows in the same transaction when a consent was revoked. SHARE_WITH_EMPLOYER: the proposals
 * stay, but the employer loses name and contact details at once (candidateWhereFor); each bemiddelaar
 * with an open proposal there is told. SHARE_WITH_PARTNER_ON_HANDOVER: a handover to that partner that
 * is still waiting (for consent or for acceptance) is cancelled and its sender told.
 */
export async function consequencesOfRevoking(
  tx: Tx,
  revoked: { candidateId: string; purpose: ConsentPurpose; organisationId: string | null; partnerOrganisationCode: string | null },
): Promise<NotificationMessage[]> {
  if (revoked.purpose === "SHARE_WITH_EMPLOYER" && revoked.organisationId) {
    const proposals = await tx.proposal.findMany({
      where: { candidateId: revoked.candidateId, status: { in: [...SHARED_OPEN_STATUSES] }, vacancy: { organisationId: revoked.organisationId } },
      select: { id: true, proposedById: true, vacancy: { select: { title: true } } },
    });
    return proposals.map((proposal) => ({
      userId: proposal.proposedById,
      kind: "proposal.consentRevoked" as const,
      title: `Toestemming ingetrokken: voordracht bij ${proposal.vacancy.title}`,
      body: `De kandidaat trok de toestemming in om gegevens te delen met de werkgever van "${proposal.vacancy.title}". De voordracht blijft staan, maar de werkgever ziet geen naam en contactgegevens meer.`,
      link: `/professional/voordrachten/${proposal.id}`,
    }));
  }
  if (revoked.purpose === "SHARE_WITH_PARTNER_ON_HANDOVER" && revoked.partnerOrganisationCode) {
    const handovers = await tx.handover.findMany({
      where: { candidateId: revoked.candidateId, status: { in: ["PENDING", "AWAITING_CONSENT"] }, toPartnerOrganisation: { code: revoked.partnerOrganisationCode } },
      select: { id: true, status: true, fromUserId: true, toPartnerOrganisation: { select: { name: true } } },
    });
    const messages: NotificationMessage[] = [];
    for (const handover of handovers) {
      const { count } = await tx.handover.updateMany({ where: { id: handover.id, status: handover.status }, data: { status: "CANCELLED" } });
      if (count !== 1) continue;
      messages.push({
        userId: handover.fromUserId,
        kind: "handover.cancelled",
        title: "Overdracht gestopt: toestemming ingetrokken",
        body: `De kandidaat trok de toestemming in om gegevens te delen met ${handover.toPartnerOrganisation.name}. De overdracht is gestopt; de kandidaat blijft bij u.`,
        link: "/professional/overdrachten",
      });
    }
    return messages;
  }
  return [];
}
