import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { notify } from "@/lib/notifications/notify";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { activeHandoverConsentWhere } from "./handover-consent-where";
import { incomingHandoverWhere } from "./incoming-where";
import { notPendingMessage } from "./not-pending-message";
import { INCOMING_PATH } from "./requested-messages";
import { handoverIdSchema } from "./schemas";

export const CONSENT_GONE_MESSAGE = "De inwoner heeft de toestemming voor deze overdracht ingetrokken. U kunt haar niet meer aannemen.";

export type AcceptedHandover = { id: string; candidateId: string; acceptedAt: Date };

/**
 * A bemiddelaar of the receiving partner accepts (B7): the handover becomes ACCEPTED and the
 * acceptor becomes the candidate's owner (logged as an OwnershipTransfer "Warme overdracht") in one
 * transaction, so the candidate always has an owner. The status guard makes two simultaneous
 * accepts end with one winner; the other gets a Dutch CONFLICT. Another partner's handover is
 * NOT_FOUND; a handover whose consent was revoked cannot be accepted.
 */
export async function acceptHandover({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<AcceptedHandover> {
  assertCan(actor, "handover.decide");
  const parsed = handoverIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const at = now ?? (await currentTime());

  let after = async () => {};
  const result = await prisma.$transaction(async (tx) => {
    const handover = await tx.handover.findFirst({
      where: { AND: [{ id: parsed.data.handoverId }, incomingHandoverWhere(actor)] },
      select: {
        id: true,
        status: true,
        fromUserId: true,
        toTeam: true,
        toPartnerOrganisation: { select: { name: true } },
        candidate: { select: { id: true, userId: true, ownerId: true, firstName: true, lastName: true } },
        consents: { where: activeHandoverConsentWhere, select: { id: true } },
      },
    });
    if (!handover) throw new AppError("NOT_FOUND");
    if (handover.status !== "PENDING") throw new AppError("CONFLICT", { userMessage: notPendingMessage(handover.status) });
    if (handover.consents.length === 0) throw new AppError("CONFLICT", { userMessage: CONSENT_GONE_MESSAGE });

    const claimed = await tx.handover.updateMany({
      where: { id: handover.id, status: "PENDING" },
      data: { status: "ACCEPTED", acceptedById: actor.userId, decidedAt: at },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", { userMessage: notPendingMessage("ACCEPTED") });

    const candidate = handover.candidate;
    const previousOwner = candidate.ownerId ?? handover.fromUserId;
    const moved = await tx.candidate.updateMany({ where: { id: candidate.id, ownerId: candidate.ownerId }, data: { ownerId: actor.userId } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    if (previousOwner !== actor.userId) {
      await tx.ownershipTransfer.create({
        data: { candidateId: candidate.id, fromUserId: previousOwner, toUserId: actor.userId, byUserId: actor.userId, reason: "Warme overdracht", createdAt: at },
      });
    }
    await recordCandidateAccess(tx, actor, [
      { candidateId: candidate.id, action: "handover.decide", purpose: "Warme overdracht aannemen en begeleiding overnemen", entity: "Handover", entityId: handover.id },
    ]);

    const partner = handover.toPartnerOrganisation.name;
    const name = `${candidate.firstName} ${candidate.lastName}`;
    const messages: NotificationMessage[] = [
      {
        userId: handover.fromUserId,
        kind: "handover.accepted",
        title: `${partner} heeft ${name} aangenomen`,
        body: `${actor.name} is nu de vaste bemiddelaar (aangenomen op ${formatShortDate(at)}).`,
        link: INCOMING_PATH,
      },
    ];
    if (candidate.userId) {
      messages.push({
        userId: candidate.userId,
        kind: "handover.accepted",
        title: `${actor.name} van ${partner} helpt u verder`,
        body: `${actor.name}${handover.toTeam ? ` (${handover.toTeam})` : ""} is nu uw vaste bemiddelaar en neemt contact met u op.`,
        link: "/werkzoekende",
      });
    }
    after = await notify(tx, messages);
    return { id: handover.id, candidateId: candidate.id, acceptedAt: at };
  });
  await after();
  return result;
}
