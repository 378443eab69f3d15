import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setLearningOfferActiveSchema } from "./schemas";

/** ADMIN switches an offer off (it leaves the public list at once) or on again. */
export async function setLearningOfferActive({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; active: boolean }> {
  assertCan(actor, "learningOffer.manage");
  const parsed = setLearningOfferActiveSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const updated = await prisma.learningOffer.updateMany({ where: { id: parsed.data.offerId }, data: { active: parsed.data.active } });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  return { id: parsed.data.offerId, active: parsed.data.active };
}
