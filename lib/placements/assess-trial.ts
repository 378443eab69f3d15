import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { dbDateToIso, isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { TRIAL_OUTCOME_LABELS } from "./labels";
import { closePlacement } from "./end-placement";
import { findPlacementInScopeOrThrow } from "./placement-in-scope";
import { assessTrialSchema } from "./schemas";

/**
 * The end assessment of a proefplaatsing (B5): afgerond / voortijdig gestopt / niet verschenen, and
 * whether the candidate goes on with a contract. Without a contract the placement ends (reason
 * "proefplaatsing niet voortgezet") on the trial end date, or today when that is earlier.
 */
export async function assessTrial({ actor, input, now: given }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "placement.end");
  const parsed = assessTrialSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { placementId, outcome } = parsed.data;
  const continued = parsed.data.continued === "yes";
  const now = given ?? (await currentTime());

  const after = await prisma.$transaction(async (tx) => {
    const placement = await findPlacementInScopeOrThrow(tx, actor, "placement.end", placementId);
    if (placement.contractType !== "TRIAL_PLACEMENT") throw new AppError("CONFLICT", { userMessage: "Deze plaatsing is geen proefplaatsing." });
    const assessment = { trialOutcome: outcome, trialContinued: continued, trialAssessedAt: now };
    if (continued) {
      const { count } = await tx.placement.updateMany({ where: { id: placement.id, trialAssessedAt: null, endedOn: null }, data: assessment });
      if (count !== 1) throw new AppError("CONFLICT", { userMessage: "De proefplaatsing is al beoordeeld." });
      await recordCandidateAccess(tx, actor, [
        { candidateId: placement.candidateId, action: "placement.update", purpose: "Proefplaatsing beoordelen", entity: "Placement", entityId: placement.id },
      ]);
      return async () => {};
    }
    if (placement.trialAssessedAt) throw new AppError("CONFLICT", { userMessage: "De proefplaatsing is al beoordeeld." });
    const today = todayIso(now);
    const trialEnd = placement.trialEndDate ? dbDateToIso(placement.trialEndDate) : today;
    const endedOn = isoToDbDate(trialEnd < today ? trialEnd : today);
    return closePlacement(tx, actor, placement, {
      endedOn,
      reasonCode: "TRIAL_NOT_CONTINUED",
      reason: `Proefplaatsing: ${TRIAL_OUTCOME_LABELS[outcome].toLowerCase()}.`,
      extra: assessment,
    });
  });
  await after();
  return { id: placementId };
}
