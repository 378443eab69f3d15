import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { REQUEST_EXPIRED_MESSAGE } from "./schemas";

type Tx = Prisma.TransactionClient;

/**
 * The handover half of a consent answer (B7): granted → the handover goes to the receiving partner's
 * bemiddelaars (PENDING); declined → CONSENT_DECLINED and the sender hears it. Guarded on
 * AWAITING_CONSENT: a handover that was cancelled or bounced meanwhile makes the answer a CONFLICT.
 * Notifications never name the resident.
 */
export async function applyHandoverConsentAnswer(tx: Tx, answer: { handoverId: string; granted: boolean }): Promise<NotificationMessage[]> {
  const { count } = await tx.handover.updateMany({
    where: { id: answer.handoverId, status: "AWAITING_CONSENT" },
    data: { status: answer.granted ? "PENDING" : "CONSENT_DECLINED" },
  });
  if (count !== 1) throw new AppError("CONFLICT", { userMessage: REQUEST_EXPIRED_MESSAGE });
  const handover = await tx.handover.findUniqueOrThrow({
    where: { id: answer.handoverId },
    select: { fromUserId: true, toTeam: true, toPartnerOrganisationId: true, toPartnerOrganisation: { select: { name: true } } },
  });
  if (!answer.granted) {
    return [
      {
        userId: handover.fromUserId,
        kind: "handover.consentDeclined",
        title: "Geen toestemming voor de overdracht",
        body: `De kandidaat gaf geen toestemming voor de overdracht aan ${handover.toPartnerOrganisation.name}. De kandidaat blijft bij u.`,
        link: "/professional/overdrachten",
      },
    ];
  }
  const receivers = await tx.user.findMany({
    where: { role: "JOB_MEDIATOR", partnerOrganisationId: handover.toPartnerOrganisationId, disabledAt: null },
    select: { id: true },
  });
  return receivers.map((user) => ({
    userId: user.id,
    kind: "handover.requested" as const,
    title: "Nieuwe warme overdracht",
    body: `Er is een kandidaat aan ${handover.toPartnerOrganisation.name}${handover.toTeam ? ` (${handover.toTeam})` : ""} overgedragen. Neem de overdracht aan of wijs haar af.`,
    link: "/professional/overdrachten",
  }));
}
