import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { OVERLAP_MESSAGE, publishSlotSchema, slotTimes } from "./schemas";

/**
 * An accountmanager publishes a free slot in their own calendar (A4). Slots of one accountmanager
 * never overlap; a withdrawn slot at the same start time is published again.
 */
export async function publishSlot({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "slot.publish", { userId: actor.userId });
  const parsed = publishSlotSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { userMessage: parsed.error.issues[0]?.message });
  const { startsAt, endsAt } = slotTimes(parsed.data);
  const location = parsed.data.location;

  try {
    return await prisma.$transaction(async (tx) => {
      const overlapping = await tx.appointmentSlot.findFirst({
        where: { accountManagerId: actor.userId, status: { in: ["FREE", "BOOKED"] }, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
        select: { id: true },
      });
      if (overlapping) throw new AppError("CONFLICT", { userMessage: OVERLAP_MESSAGE });
      const withdrawn = await tx.appointmentSlot.findUnique({
        where: { accountManagerId_startsAt: { accountManagerId: actor.userId, startsAt } },
        select: { id: true },
      });
      if (withdrawn) {
        return tx.appointmentSlot.update({ where: { id: withdrawn.id }, data: { endsAt, location, status: "FREE" }, select: { id: true } });
      }
      return tx.appointmentSlot.create({
        data: { accountManagerId: actor.userId, startsAt, endsAt, location, status: "FREE" },
        select: { id: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", { userMessage: OVERLAP_MESSAGE });
    }
    throw error;
  }
}
