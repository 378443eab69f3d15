import "server-only";
import { prisma } from "@/lib/db";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { notify } from "@/lib/notifications/notify";
import { INCOMING_PATH } from "./requested-messages";

export type BounceBackRun = { bounced: number };

/**
 * A handover nobody accepted by its deadline bounces back to the sender (B7): PENDING and
 * AWAITING_CONSENT handovers whose deadline has passed become BOUNCED. The sender never stopped being
 * the owner, so nobody is without an owner. Each handover changes in its own transaction with a
 * status guard, so a second (or concurrent) run, or an accept just before, changes nothing. The
 * sender is notified; the resident too when the partner had the handover (PENDING). A pending consent
 * request of the handover is closed with it.
 */
export async function bounceBackHandovers(now: Date): Promise<BounceBackRun> {
  const overdue = await prisma.handover.findMany({
    where: { status: { in: ["PENDING", "AWAITING_CONSENT"] }, deadline: { lt: now } },
    orderBy: { deadline: "asc" },
    select: {
      id: true,
      status: true,
      fromUserId: true,
      toPartnerOrganisation: { select: { name: true } },
      candidate: { select: { userId: true, firstName: true, lastName: true } },
    },
  });
  let bounced = 0;
  for (const handover of overdue) {
    const after = await prisma.$transaction(async (tx) => {
      const claimed = await tx.handover.updateMany({
        where: { id: handover.id, status: handover.status, deadline: { lt: now } },
        data: { status: "BOUNCED", decidedAt: now },
      });
      if (claimed.count === 0) return null;
      await tx.consent.updateMany({ where: { handoverId: handover.id, grantedAt: null, declinedAt: null, revokedAt: null }, data: { revokedAt: now } });
      const partner = handover.toPartnerOrganisation.name;
      const { candidate } = handover;
      const messages: NotificationMessage[] = [
        {
          userId: handover.fromUserId,
          kind: "handover.bounced",
          title: `De overdracht van ${candidate.firstName} ${candidate.lastName} is teruggekomen`,
          body:
            handover.status === "PENDING"
              ? `${partner} heeft de overdracht niet op tijd aangenomen. U blijft de vaste bemiddelaar; kies een vervolgstap.`
              : `De inwoner heeft niet op tijd toestemming gegeven voor de overdracht aan ${partner}. U blijft de vaste bemiddelaar.`,
          link: INCOMING_PATH,
        },
      ];
      if (handover.status === "PENDING" && candidate.userId) {
        messages.push({
          userId: candidate.userId,
          kind: "handover.bounced",
          title: `De overdracht aan ${partner} is niet doorgegaan`,
          body: "Uw eigen bemiddelaar blijft u helpen en neemt contact met u op.",
          link: "/werkzoekende",
        });
      }
      return notify(tx, messages);
    });
    if (after) {
      bounced += 1;
      await after();
    }
  }
  return { bounced };
}
