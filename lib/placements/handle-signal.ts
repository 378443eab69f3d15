import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { handleSignalSchema } from "./schemas";

/** A5: the employer's owner accountmanager handles a knelpunt with a note (once; guarded). */
export async function handlePlacementSignal({ actor, input, now: given }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "placementSignal.handle");
  const parsed = handleSignalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const now = given ?? (await currentTime());
  const { signalId, note } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const signal = await tx.placementSignal.findFirst({
      where: { id: signalId, placement: placementWhereFor(actor, "placementSignal.handle") },
      select: { id: true, placementId: true },
    });
    if (!signal) throw new AppError("NOT_FOUND");
    const { count } = await tx.placementSignal.updateMany({
      where: { id: signal.id, handledAt: null },
      data: { handledAt: now, handledById: actor.userId, handledNote: note },
    });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: "Dit knelpunt is al afgehandeld." });
    return { id: signal.placementId };
  });
}
