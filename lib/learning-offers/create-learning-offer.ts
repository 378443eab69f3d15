import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { createLearningOfferSchema } from "./schemas";

/** ADMIN adds a learning offer (J5). */
export async function createLearningOffer({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "learningOffer.manage");
  const parsed = createLearningOfferSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { startDates, ...rest } = parsed.data;
  return prisma.learningOffer.create({ data: { ...rest, startDates: startDates.map(isoToDbDate) }, select: { id: true } });
}
