import { isPastSustainableDate } from "./sustainable-date";
import type { PlacementPhase } from "./labels";

/**
 * What a placement is on `now`: beëindigd, duurzaam (marked by the job, or already past start + 6
 * months so pages agree with the clock before the job ran), a proefplaatsing not yet assessed, or running.
 */
export function placementPhase(
  placement: { endedOn: Date | null; sustainableAt: Date | null; startDate: Date; contractType: string; trialAssessedAt: Date | null },
  now: Date,
): PlacementPhase {
  if (placement.endedOn) return "ENDED";
  if (placement.sustainableAt || isPastSustainableDate(placement.startDate, now)) return "SUSTAINABLE";
  if (placement.contractType === "TRIAL_PLACEMENT" && !placement.trialAssessedAt) return "TRIAL";
  return "RUNNING";
}
