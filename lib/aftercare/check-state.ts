import { dbDateToIso, todayIso, addDaysIso } from "@/lib/time/calendar-dates";

/**
 * The state of one check-in on a given day:
 * - DONE (gedaan): answered;
 * - LAPSED (vervallen): not answered and the placement has ended — kept as history, no longer due;
 * - PLANNED (gepland): due date still ahead;
 * - DUE (te doen): due date reached, at most OVERDUE_AFTER_DAYS days ago;
 * - OVERDUE (te laat): due longer than that ago.
 */
export type CheckState = "DONE" | "LAPSED" | "PLANNED" | "DUE" | "OVERDUE";

/** A check-in counts as "te laat" two weeks after its due date. */
export const OVERDUE_AFTER_DAYS = 14;

export const CHECK_STATE_LABELS: Record<CheckState, string> = {
  DONE: "Gedaan",
  LAPSED: "Vervallen (plaatsing beëindigd)",
  PLANNED: "Gepland",
  DUE: "Te doen",
  OVERDUE: "Te laat",
};

export const CHECK_STATE_TONES: Record<CheckState, "neutral" | "info" | "success" | "warning" | "danger"> = {
  DONE: "success",
  LAPSED: "neutral",
  PLANNED: "neutral",
  DUE: "warning",
  OVERDUE: "danger",
};

export function checkState(check: { dueDate: Date; completedAt: Date | null }, placementEndedOn: Date | null, now: Date): CheckState {
  if (check.completedAt) return "DONE";
  if (placementEndedOn) return "LAPSED";
  const today = todayIso(now);
  const due = dbDateToIso(check.dueDate);
  if (due > today) return "PLANNED";
  return addDaysIso(due, OVERDUE_AFTER_DAYS) < today ? "OVERDUE" : "DUE";
}

/** Answerable now: not answered, placement running, due date reached. */
export function isAnswerable(check: { dueDate: Date; completedAt: Date | null }, placementEndedOn: Date | null, now: Date): boolean {
  const state = checkState(check, placementEndedOn, now);
  return state === "DUE" || state === "OVERDUE";
}
