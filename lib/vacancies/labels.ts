import type { AdviceKind, ContractType, VacancyStatus } from "@/generated/prisma/enums";

export const VACANCY_STATUS_LABELS: Record<VacancyStatus, string> = {
  RECEIVED: "Ontvangen",
  IN_PROGRESS: "In behandeling",
  CANDIDATES_PROPOSED: "Kandidaten voorgedragen",
  FILLED: "Vervuld",
  CLOSED: "Gesloten",
};

/** Contract types an employer picks; TRIAL_PLACEMENT is a checkbox ("proefplaatsing welkom"), not a type. */
export const CONTRACT_TYPE_OPTIONS = ["PERMANENT", "TEMPORARY", "AGENCY", "BBL", "WORK_EXPERIENCE"] as const satisfies readonly ContractType[];
export type SelectableContractType = (typeof CONTRACT_TYPE_OPTIONS)[number];

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  PERMANENT: "Vaste baan",
  TEMPORARY: "Tijdelijk",
  AGENCY: "Uitzend",
  BBL: "Leerwerkbaan (BBL)",
  WORK_EXPERIENCE: "Werkervaringsplaats",
  TRIAL_PLACEMENT: "Proefplaatsing",
};

export const VACANCY_STATUS_TONES: Record<VacancyStatus, "neutral" | "info" | "success" | "warning" | "danger"> = {
  RECEIVED: "warning",
  IN_PROGRESS: "info",
  CANDIDATES_PROPOSED: "info",
  FILLED: "success",
  CLOSED: "neutral",
};

export const ADVICE_KIND_LABELS: Record<AdviceKind, string> = {
  JOB_CARVING: "Advies over werk anders organiseren (jobcarving / BIA)",
  INSTRUMENT_ADVICE: "Advies over instrumenten en subsidies",
  INSTRUMENT_INFORMATION: "Informatie over instrumenten en subsidies",
  LABOUR_MARKET_INFORMATION: "Arbeidsmarktinformatie",
};

export const SKILL_LEVEL_LABELS: Record<number, string> = {
  1: "1 – Beginner",
  2: "2 – Gevorderd",
  3: "3 – Ervaren",
  4: "4 – Expert",
};

export const WITHDRAWN_BY_EMPLOYER_REASON = "Ingetrokken door werkgever";
