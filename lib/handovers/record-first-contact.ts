import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { todayIso } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { startOfAmsterdamDay } from "./deadline";
import { firstContactSchema } from "./schemas";

/**
 * The acceptor records the date of the first contact with the candidate (B7). The date may not be in
 * the future nor before the acceptance. Stored as the start of that Amsterdam day (on the acceptance day: the acceptance moment); recording again
 * corrects it.
 */
export async function recordFirstContact({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string; firstContactAt: Date }> {
  assertCan(actor, "handover.decide");
  const parsed = firstContactSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const at = now ?? (await currentTime());
  const { handoverId, firstContactOn } = parsed.data;

  return prisma.$transaction(async (tx) => {
    const handover = await tx.handover.findFirst({
      where: { id: handoverId, status: "ACCEPTED", acceptedById: actor.userId },
      select: { id: true, decidedAt: true, candidateId: true },
    });
    if (!handover) throw new AppError("NOT_FOUND");
    if (firstContactOn > todayIso(at)) throw new FieldInputError("firstContactOn", "De datum van het eerste contact kan niet in de toekomst liggen.");
    if (handover.decidedAt && firstContactOn < todayIso(handover.decidedAt)) {
      throw new FieldInputError("firstContactOn", "Het eerste contact kan niet vóór het aannemen van de overdracht zijn.");
    }
    // On the day of acceptance itself the moment of acceptance, so the stored instant is never before it.
    const startOfDay = startOfAmsterdamDay(firstContactOn);
    const firstContactAt = handover.decidedAt && startOfDay < handover.decidedAt ? handover.decidedAt : startOfDay;
    await tx.handover.update({ where: { id: handover.id }, data: { firstContactAt } });
    await recordCandidateAccess(tx, actor, [
      { candidateId: handover.candidateId, action: "handover.decide", purpose: "Eerste contact na warme overdracht vastleggen", entity: "Handover", entityId: handover.id },
    ]);
    return { id: handover.id, firstContactAt };
  });
}
