import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findPlacementInScopeOrThrow } from "@/lib/placements/placement-in-scope";
import { createSignal } from "@/lib/placements/raise-signal";
import { employeeAftercareSchema } from "@/lib/placements/schemas";
import { currentTime } from "@/lib/time/current-time";
import { claimDueCheck } from "./claim-due-check";

/**
 * B6: the owner bemiddelaar records an employee check-in ("hoe gaat het?" 1–5, comment) once it is
 * due, exactly once. "Knelpunt signaleren" also creates a PlacementSignal for the accountmanager.
 */
export async function recordEmployeeAftercare({ actor, input, now: given }: { actor: Actor; input: unknown; now?: Date }): Promise<{ placementId: string }> {
  assertCan(actor, "employeeAftercare.record");
  const parsed = employeeAftercareSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { checkId, score, comment, raiseSignal, signalText } = parsed.data;
  const now = given ?? (await currentTime());

  const { placementId, after } = await prisma.$transaction(async (tx) => {
    const check = await tx.aftercareCheck.findFirst({
      where: { id: checkId, side: "EMPLOYEE", placement: placementWhereFor(actor, "employeeAftercare.record") },
      select: { id: true, placementId: true },
    });
    if (!check) throw new AppError("NOT_FOUND");
    await claimDueCheck(tx, check.id, now, { completedById: actor.userId, score, comment: comment || null, raisesSignal: raiseSignal });
    const placement = await findPlacementInScopeOrThrow(tx, actor, "employeeAftercare.record", check.placementId);
    await recordCandidateAccess(tx, actor, [
      { candidateId: placement.candidateId, action: "aftercare.record", purpose: "Nazorggesprek met de werknemer vastleggen", entity: "AftercareCheck", entityId: check.id },
    ]);
    if (!raiseSignal) return { placementId: check.placementId, after: async () => {} };
    const signal = await createSignal(tx, actor, placement, signalText);
    return { placementId: check.placementId, after: signal.after };
  });
  await after();
  return { placementId };
}
