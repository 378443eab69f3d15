import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { REQUEST_EXPIRED_MESSAGE } from "@/lib/consents/schemas";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { addWorkingDays } from "@/lib/time/working-days";
import { changeProposalStatus } from "./change-proposal-status";
import { RESPONSE_WORKING_DAYS } from "./labels";
import { employerUserIds } from "./recipients";

type Tx = Prisma.TransactionClient;

/**
 * The proposal half of a consent answer (B4). Granted: PROPOSED, shared now, answer due in 10 working
 * days; the vacancy moves to "kandidaten voorgedragen"; the proposer and the employer hear it.
 * Declined: CONSENT_DECLINED; the proposer hears it. A proposal that no longer waits for consent
 * (withdrawn meanwhile) makes the answer a CONFLICT, so the whole transaction is undone.
 */
export async function applyProposalConsentAnswer(
  tx: Tx,
  answer: { proposalId: string; granted: boolean; byUserId: string; at: Date },
): Promise<NotificationMessage[]> {
  const { proposalId, granted, byUserId, at } = answer;
  await changeProposalStatus(tx, {
    proposalId,
    from: "AWAITING_CONSENT",
    to: granted ? "PROPOSED" : "CONSENT_DECLINED",
    byUserId,
    at,
    data: granted ? { sharedAt: at, responseDueBy: addWorkingDays(at, RESPONSE_WORKING_DAYS) } : {},
    conflictMessage: REQUEST_EXPIRED_MESSAGE,
  });
  const proposal = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { proposedById: true, vacancy: { select: { id: true, title: true, status: true, organisationId: true } } },
  });
  const { vacancy } = proposal;
  const professionalLink = `/professional/voordrachten/${proposalId}`;

  if (!granted) {
    return [
      {
        userId: proposal.proposedById,
        kind: "proposal.consentDeclined",
        title: `Geen toestemming voor voordracht bij ${vacancy.title}`,
        body: `De kandidaat wil de gegevens niet delen met de werkgever van "${vacancy.title}". De werkgever krijgt niets te zien.`,
        link: professionalLink,
      },
    ];
  }

  if (vacancy.status === "RECEIVED" || vacancy.status === "IN_PROGRESS") {
    // Guarded: when someone else changed the vacancy at the same moment, their status stands.
    const moved = await tx.vacancy.updateMany({ where: { id: vacancy.id, status: vacancy.status }, data: { status: "CANDIDATES_PROPOSED" } });
    if (moved.count === 1) {
      await tx.vacancyStatusChange.create({
        data: { vacancyId: vacancy.id, fromStatus: vacancy.status, toStatus: "CANDIDATES_PROPOSED", byUserId: null, note: "Kandidaat voorgedragen", at },
      });
    }
  }

  const employers = await employerUserIds(tx, vacancy.organisationId);
  return [
    {
      userId: proposal.proposedById,
      kind: "proposal.shared",
      title: `Toestemming gegeven: voordracht bij ${vacancy.title}`,
      body: `De kandidaat gaf toestemming. De werkgever ziet de voordracht nu en antwoordt binnen ${RESPONSE_WORKING_DAYS} werkdagen.`,
      link: professionalLink,
    },
    ...employers.map((userId) => ({
      userId,
      kind: "proposal.shared" as const,
      title: `Nieuwe kandidaat voorgedragen voor ${vacancy.title}`,
      body: `Het Werkcentrum draagt een kandidaat voor bij uw vacature "${vacancy.title}". Bekijk de voordracht en laat binnen ${RESPONSE_WORKING_DAYS} werkdagen weten of u de kandidaat uitnodigt.`,
      link: `/werkgever/voordrachten/${proposalId}`,
    })),
  ];
}
