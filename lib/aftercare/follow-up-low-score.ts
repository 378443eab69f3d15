import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { followUpSchema } from "@/lib/placements/schemas";
import { currentTime } from "@/lib/time/current-time";
import { LOW_SCORE } from "./answer-employer-aftercare";

/** A5: the owner accountmanager records the follow-up of a low employer score (once; guarded). */
export async function followUpLowScore({ actor, input, now: given }: { actor: Actor; input: unknown; now?: Date }): Promise<{ placementId: string }> {
  assertCan(actor, "employerAftercare.manage");
  const parsed = followUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const now = given ?? (await currentTime());
  const { checkId, note } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const check = await tx.aftercareCheck.findFirst({
      where: { id: checkId, side: "EMPLOYER", placement: placementWhereFor(actor, "employerAftercare.manage") },
      select: { id: true, placementId: true },
    });
    if (!check) throw new AppError("NOT_FOUND");
    const { count } = await tx.aftercareCheck.updateMany({
      where: { id: check.id, completedAt: { not: null }, score: { lte: LOW_SCORE }, followedUpAt: null },
      data: { followedUpAt: now, followedUpById: actor.userId, followUpNote: note },
    });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: "Voor deze nazorgvraag is geen opvolging nodig, of die is al vastgelegd." });
    return { placementId: check.placementId };
  });
}
