import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { incomingHandoverWhere } from "./incoming-where";
import { notPendingMessage } from "./not-pending-message";
import { INCOMING_PATH } from "./requested-messages";
import { refuseHandoverSchema } from "./schemas";

/**
 * The receiving team refuses with a reason (B7): REFUSED, the sender stays owner and is told why.
 * Guarded like accepting, so an accept and a refuse at the same time end with one decision.
 */
export async function refuseHandover({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "handover.decide");
  const parsed = refuseHandoverSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const at = now ?? (await currentTime());

  let after = async () => {};
  const result = await prisma.$transaction(async (tx) => {
    const handover = await tx.handover.findFirst({
      where: { AND: [{ id: parsed.data.handoverId }, incomingHandoverWhere(actor)] },
      select: { id: true, status: true, fromUserId: true, toPartnerOrganisation: { select: { name: true } }, candidate: { select: { id: true, firstName: true, lastName: true } } },
    });
    if (!handover) throw new AppError("NOT_FOUND");
    if (handover.status !== "PENDING") throw new AppError("CONFLICT", { userMessage: notPendingMessage(handover.status) });
    const claimed = await tx.handover.updateMany({
      where: { id: handover.id, status: "PENDING" },
      data: { status: "REFUSED", refusalReason: parsed.data.reason, decidedAt: at },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", { userMessage: notPendingMessage("REFUSED") });
    await recordCandidateAccess(tx, actor, [
      { candidateId: handover.candidate.id, action: "handover.decide", purpose: "Warme overdracht afwijzen", entity: "Handover", entityId: handover.id },
    ]);
    after = await notify(tx, [
      {
        userId: handover.fromUserId,
        kind: "handover.refused",
        title: `${handover.toPartnerOrganisation.name} heeft de overdracht van ${handover.candidate.firstName} ${handover.candidate.lastName} afgewezen`,
        body: `Reden: ${parsed.data.reason} U blijft de vaste bemiddelaar.`,
        link: INCOMING_PATH,
      },
    ]);
    return { id: handover.id };
  });
  await after();
  return result;
}
