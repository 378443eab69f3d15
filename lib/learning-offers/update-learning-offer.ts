import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { updateLearningOfferSchema } from "./schemas";

/** ADMIN changes a learning offer. */
export async function updateLearningOffer({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "learningOffer.manage");
  const parsed = updateLearningOfferSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { offerId, startDates, ...rest } = parsed.data;
  const updated = await prisma.learningOffer.updateMany({ where: { id: offerId }, data: { ...rest, startDates: startDates.map(isoToDbDate) } });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  return { id: offerId };
}
