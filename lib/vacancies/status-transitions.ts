import type { VacancyStatus } from "@/generated/prisma/enums";

/**
 * The vacancy status flow: ontvangen → in behandeling → kandidaten voorgedragen → vervuld / gesloten.
 * A vacancy can be closed from every open status; "kandidaten voorgedragen" may fall back to
 * "in behandeling" when no proposal works out. Vervuld and gesloten are final.
 */
export const VACANCY_TRANSITIONS: Record<VacancyStatus, readonly VacancyStatus[]> = {
  RECEIVED: ["IN_PROGRESS", "CLOSED"],
  IN_PROGRESS: ["CANDIDATES_PROPOSED", "FILLED", "CLOSED"],
  CANDIDATES_PROPOSED: ["IN_PROGRESS", "FILLED", "CLOSED"],
  FILLED: [],
  CLOSED: [],
};

export const OPEN_VACANCY_STATUSES = ["RECEIVED", "IN_PROGRESS", "CANDIDATES_PROPOSED"] as const satisfies readonly VacancyStatus[];

export function canTransition(from: VacancyStatus, to: VacancyStatus): boolean {
  return VACANCY_TRANSITIONS[from].includes(to);
}

export function isOpenStatus(status: VacancyStatus): boolean {
  return (OPEN_VACANCY_STATUSES as readonly VacancyStatus[]).includes(status);
}

/** The statuses an accountmanager can pick in "status wijzigen" (closing has its own form with a reason). */
export function nextSelectableStatuses(from: VacancyStatus): VacancyStatus[] {
  return VACANCY_TRANSITIONS[from].filter((status) => status !== "CLOSED");
}

/** Handing over moves a vacancy at least to "in behandeling". */
export function statusAfterHandover(from: VacancyStatus): VacancyStatus {
  return from === "RECEIVED" ? "IN_PROGRESS" : from;
}
