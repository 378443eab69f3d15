import { fromAmsterdamWall } from "@/lib/time/amsterdam-time";
import { addWorkingDays } from "@/lib/time/working-days";
import { addDaysIso, isIsoDate, todayIso } from "@/lib/time/calendar-dates";
import { DEADLINE_MAX_DAYS, DEADLINE_MIN_DAYS, DEFAULT_DEADLINE_WORKING_DAYS } from "./schemas";

/** The default acceptance deadline: 5 working days after today (Amsterdam), as "YYYY-MM-DD". */
export function defaultDeadlineIso(now: Date): string {
  return todayIso(addWorkingDays(now, DEFAULT_DEADLINE_WORKING_DAYS));
}

/** The earliest and latest deadline that may be chosen on the day of `now`. */
export function deadlineBounds(now: Date): { min: string; max: string } {
  const today = todayIso(now);
  return { min: addDaysIso(today, DEADLINE_MIN_DAYS), max: addDaysIso(today, DEADLINE_MAX_DAYS) };
}

/** Null when the date is allowed, otherwise the Dutch message for the field. */
export function deadlineProblem(iso: string, now: Date): string | null {
  if (!isIsoDate(iso)) return "Vul een geldige datum in, bijvoorbeeld 2027-03-01.";
  const { min, max } = deadlineBounds(now);
  if (iso < min) return "Kies een datum na vandaag.";
  if (iso > max) return `Kies een datum binnen ${DEADLINE_MAX_DAYS} dagen.`;
  return null;
}

/** The last moment of that calendar day in Amsterdam: the handover bounces only after the whole day. */
export function endOfAmsterdamDay(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return fromAmsterdamWall(Date.UTC(year, month - 1, day, 23, 59, 59, 999));
}

/** The first moment of that calendar day in Amsterdam. */
export function startOfAmsterdamDay(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return fromAmsterdamWall(Date.UTC(year, month - 1, day));
}
