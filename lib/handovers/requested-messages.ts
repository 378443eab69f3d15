import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { receivingMediatorsWhere } from "./receiving-mediators-where";

export const INCOMING_PATH = "/professional/overdrachten";

/**
 * "A handover waits for your team" (handover.requested), for every active bemiddelaar of the
 * receiving partner; it never names the candidate. Also for the consent answer (lib/consents), when
 * the resident's grant moves a handover to PENDING.
 */
export async function requestedMessages(tx: Prisma.TransactionClient, partnerOrganisationId: string, deadline: Date): Promise<NotificationMessage[]> {
  const receivers = await tx.user.findMany({ where: receivingMediatorsWhere(partnerOrganisationId), select: { id: true } });
  return receivers.map((user) => ({
    userId: user.id,
    kind: "handover.requested" as const,
    title: "Een warme overdracht wacht op uw team",
    body: `Neem de overdracht uiterlijk ${formatShortDate(deadline)} aan of wijs haar af.`,
    link: INCOMING_PATH,
  }));
}
