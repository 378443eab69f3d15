import { addWorkingDays, workingDaysBetween } from "@/lib/time/working-days";

/** Employer questions are answered within this many working days (A4). */
export const ANSWER_NORM_WORKING_DAYS = 2;

export type NormStatus = "WITHIN_NORM" | "NORM_EXCEEDED";

export const NORM_STATUS_LABELS: Record<NormStatus, string> = {
  WITHIN_NORM: "binnen norm",
  NORM_EXCEEDED: "norm verstreken",
};

export type ServiceNorm = {
  dueAt: Date;
  /** Working days since asking, up to the answer (or now when unanswered). */
  workingDaysWaited: number;
  status: NormStatus;
};

/** Where a question stands against the 2-working-day norm: answered in time, or still waiting. */
export function serviceNorm(askedAt: Date, answeredAt: Date | null, now: Date = new Date()): ServiceNorm {
  const dueAt = addWorkingDays(askedAt, ANSWER_NORM_WORKING_DAYS);
  const end = answeredAt ?? now;
  return {
    dueAt,
    workingDaysWaited: workingDaysBetween(askedAt, end),
    status: end.getTime() > dueAt.getTime() ? "NORM_EXCEEDED" : "WITHIN_NORM",
  };
}

/** "wacht sinds 3 werkdagen", "wacht sinds 1 werkdag", "wacht sinds vandaag" */
export function waitingText(workingDays: number): string {
  if (workingDays === 0) return "wacht sinds vandaag";
  return `wacht sinds ${workingDays} ${workingDays === 1 ? "werkdag" : "werkdagen"}`;
}
