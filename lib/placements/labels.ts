import type { ContractType, InstrumentApplicationStatus, PlacementEndReason, TrialOutcome } from "@/generated/prisma/enums";

/** Contract types of a placement (B5): the employer's list plus the proefplaatsing. */
export const PLACEMENT_CONTRACT_TYPES = ["PERMANENT", "TEMPORARY", "AGENCY", "BBL", "WORK_EXPERIENCE", "TRIAL_PLACEMENT"] as const satisfies readonly ContractType[];

export const PLACEMENT_CONTRACT_LABELS: Record<ContractType, string> = {
  PERMANENT: "Vast",
  TEMPORARY: "Tijdelijk",
  AGENCY: "Uitzend",
  BBL: "BBL / leerbaan",
  WORK_EXPERIENCE: "Werkervaringsplaats",
  TRIAL_PLACEMENT: "Proefplaatsing",
};

export const INSTRUMENT_STATUSES = ["REQUESTED", "GRANTED", "REJECTED", "ENDED"] as const satisfies readonly InstrumentApplicationStatus[];

export const INSTRUMENT_STATUS_LABELS: Record<InstrumentApplicationStatus, string> = {
  REQUESTED: "Aangevraagd",
  GRANTED: "Toegekend",
  REJECTED: "Afgewezen",
  ENDED: "Beëindigd",
};

export const END_REASONS = ["TRIAL_NOT_CONTINUED", "CONTRACT_NOT_RENEWED", "DISMISSED", "RESIGNED", "ILLNESS", "OTHER"] as const satisfies readonly PlacementEndReason[];

export const END_REASON_LABELS: Record<PlacementEndReason, string> = {
  TRIAL_NOT_CONTINUED: "Proefplaatsing niet voortgezet",
  CONTRACT_NOT_RENEWED: "Contract niet verlengd",
  DISMISSED: "Ontslag door de werkgever",
  RESIGNED: "Kandidaat is zelf gestopt",
  ILLNESS: "Ziekte",
  OTHER: "Anders",
};

export const TRIAL_OUTCOMES = ["COMPLETED", "STOPPED_EARLY", "NO_SHOW"] as const satisfies readonly TrialOutcome[];

export const TRIAL_OUTCOME_LABELS: Record<TrialOutcome, string> = {
  COMPLETED: "Afgerond",
  STOPPED_EARLY: "Voortijdig gestopt",
  NO_SHOW: "Niet verschenen",
};

export type PlacementPhase = "RUNNING" | "TRIAL" | "SUSTAINABLE" | "ENDED";

export const PLACEMENT_PHASE_LABELS: Record<PlacementPhase, string> = {
  RUNNING: "Loopt",
  TRIAL: "Proefplaatsing",
  SUSTAINABLE: "Duurzaam",
  ENDED: "Beëindigd",
};

export const PLACEMENT_PHASE_TONES: Record<PlacementPhase, "neutral" | "info" | "success" | "warning" | "danger"> = {
  RUNNING: "info",
  TRIAL: "warning",
  SUSTAINABLE: "success",
  ENDED: "neutral",
};

/** "€ 1.250,00" */
export function formatEuros(cents: number): string {
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cents / 100);
}
