import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { employerNameOf, findPlacementInScopeOrThrow, vacancyTitleOf, type ScopedPlacement } from "./placement-in-scope";
import { raiseSignalSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

/** B6: the owner bemiddelaar signals a knelpunt on a running placement; the employer's accountmanager hears of it. */
export async function raisePlacementSignal({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "placement.signal");
  const parsed = raiseSignalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { id, after } = await prisma.$transaction(async (tx) => {
    const placement = await findPlacementInScopeOrThrow(tx, actor, "placement.signal", parsed.data.placementId);
    if (placement.endedOn) throw new AppError("CONFLICT", { userMessage: "Deze plaatsing is beëindigd." });
    const signal = await createSignal(tx, actor, placement, parsed.data.text);
    await recordCandidateAccess(tx, actor, [
      { candidateId: placement.candidateId, action: "placement.update", purpose: "Knelpunt in de plaatsing melden", entity: "PlacementSignal", entityId: signal.id },
    ]);
    return signal;
  });
  await after();
  return { id };
}

/**
 * Stores the signal and notifies the owner accountmanager. The text is for the accountmanager, so
 * the notification itself names neither the candidate nor the signal text (only "een kandidaat").
 */
export async function createSignal(tx: Tx, actor: Actor, placement: ScopedPlacement, text: string) {
  const signal = await tx.placementSignal.create({ data: { placementId: placement.id, raisedById: actor.userId, text }, select: { id: true } });
  const after = await notify(tx, [
    {
      userId: placement.organisation.ownerId,
      kind: "placement.signal",
      title: `Knelpunt gemeld: ${vacancyTitleOf(placement)}`,
      body: `${actor.name} meldt een knelpunt bij de plaatsing van een kandidaat bij ${employerNameOf(placement)}.`,
      link: `/professional/plaatsingen/${placement.id}`,
    },
  ]);
  return { id: signal.id, after };
}
