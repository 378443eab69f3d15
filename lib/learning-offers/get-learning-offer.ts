import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** ADMIN: one learning offer to edit. */
export async function getLearningOffer(actor: Actor, offerId: string) {
  assertCan(actor, "learningOffer.manage");
  const offer = await prisma.learningOffer.findUnique({
    where: { id: offerId },
    select: { id: true, title: true, kind: true, provider: true, description: true, startDates: true, url: true, active: true },
  });
  if (!offer) throw new AppError("NOT_FOUND");
  return offer;
}
