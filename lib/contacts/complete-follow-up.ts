import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { completeFollowUpSchema } from "./schemas";

/**
 * Marks a follow-up promise as kept ("nagekomen"). Only its author may: someone else's promise is
 * NOT_FOUND. Completing it twice keeps the first date.
 */
export async function completeFollowUp({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; followUpDoneAt: Date }> {
  assertCan(actor, "followUp.complete");
  const parsed = completeFollowUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const mine = { id: parsed.data.contactMomentId, authorId: actor.userId, followUpDueDate: { not: null } };

  await prisma.contactMoment.updateMany({ where: { ...mine, followUpDoneAt: null }, data: { followUpDoneAt: new Date() } });
  const moment = await prisma.contactMoment.findFirst({ where: mine, select: { id: true, followUpDoneAt: true } });
  if (!moment?.followUpDoneAt) throw new AppError("NOT_FOUND");
  return { id: moment.id, followUpDoneAt: moment.followUpDoneAt };
}
