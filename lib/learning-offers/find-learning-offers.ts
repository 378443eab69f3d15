import "server-only";
import type { LearningOfferKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type LearningOfferRow = { id: string; title: string; kind: LearningOfferKind; provider: string; startDates: Date[]; active: boolean };

/** ADMIN: every learning offer, active and inactive, for managing them. */
export async function findLearningOffers(actor: Actor): Promise<LearningOfferRow[]> {
  assertCan(actor, "learningOffer.manage");
  return prisma.learningOffer.findMany({
    select: { id: true, title: true, kind: true, provider: true, startDates: true, active: true },
    orderBy: [{ active: "desc" }, { title: "asc" }],
    take: 1000,
  });
}
