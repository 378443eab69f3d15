import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { notPendingMessage } from "./not-pending-message";
import { receivingMediatorsWhere } from "./receiving-mediators-where";
import { INCOMING_PATH } from "./requested-messages";
import { handoverIdSchema } from "./schemas";

/**
 * The sender (still the owner) withdraws a handover that is not decided yet (AWAITING_CONSENT or
 * PENDING) → CANCELLED. The resident is told; when the team already had it, the team too. A pending
 * consent request of the handover is closed as well, so the resident is not asked any more.
 */
export async function cancelHandover({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "handover.cancel");
  const parsed = handoverIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const at = now ?? (await currentTime());

  let after = async () => {};
  const result = await prisma.$transaction(async (tx) => {
    const handover = await tx.handover.findFirst({
      where: { id: parsed.data.handoverId, fromUserId: actor.userId, candidate: candidateWhereFor(actor, "handover.cancel") },
      select: { id: true, status: true, deadline: true, toPartnerOrganisationId: true, toPartnerOrganisation: { select: { name: true } }, candidate: { select: { id: true, userId: true } } },
    });
    if (!handover) throw new AppError("NOT_FOUND");
    if (handover.status !== "AWAITING_CONSENT" && handover.status !== "PENDING") {
      throw new AppError("CONFLICT", { userMessage: notPendingMessage(handover.status) });
    }
    const claimed = await tx.handover.updateMany({
      where: { id: handover.id, status: handover.status },
      data: { status: "CANCELLED", decidedAt: at },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT");
    // An unanswered request is withdrawn with the handover (declinedAt stays for the resident's own answer).
    await tx.consent.updateMany({
      where: { handoverId: handover.id, grantedAt: null, declinedAt: null, revokedAt: null },
      data: { revokedAt: at },
    });
    await recordCandidateAccess(tx, actor, [
      { candidateId: handover.candidate.id, action: "handover.decide", purpose: "Warme overdracht intrekken", entity: "Handover", entityId: handover.id },
    ]);
    const partner = handover.toPartnerOrganisation.name;
    const messages: NotificationMessage[] = [];
    if (handover.candidate.userId) {
      messages.push({
        userId: handover.candidate.userId,
        kind: "handover.cancelled",
        title: `De overdracht aan ${partner} gaat niet door`,
        body: `${actor.name} blijft uw vaste bemiddelaar.`,
        link: "/werkzoekende",
      });
    }
    if (handover.status === "PENDING") {
      const team = await tx.user.findMany({ where: receivingMediatorsWhere(handover.toPartnerOrganisationId), select: { id: true } });
      for (const user of team) {
        messages.push({ userId: user.id, kind: "handover.cancelled", title: "Een warme overdracht is ingetrokken", body: "De verzender heeft de overdracht ingetrokken.", link: INCOMING_PATH });
      }
    }
    after = await notify(tx, messages);
    return { id: handover.id };
  });
  await after();
  return result;
}
