import { dbDateToIso, isoToDbDate, todayIso } from "@/lib/time/calendar-dates";

/**
 * Calendar arithmetic for placements. Start dates, due dates and end dates are Amsterdam calendar
 * days, stored as UTC midnight in @db.Date columns; "today" is the Amsterdam day of `now`.
 */

/** "2026-01-31" + 1 month → "2026-02-28": the same day of the month, or the last day when it does not exist. */
export function addMonthsIso(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return dbDateToIso(target);
}

/** The @db.Date of `start` + `months` months. */
export function addMonthsToDbDate(start: Date, months: number): Date {
  return isoToDbDate(addMonthsIso(dbDateToIso(start), months));
}

/** Today in Amsterdam as the value of a @db.Date column. */
export function todayDbDate(now: Date): Date {
  return isoToDbDate(todayIso(now));
}

/** Duurzaam (B6): still running and today is after start + 6 months. */
export const SUSTAINABLE_AFTER_MONTHS = 6;

export function isPastSustainableDate(startDate: Date, now: Date): boolean {
  return todayIso(now) > addMonthsIso(dbDateToIso(startDate), SUSTAINABLE_AFTER_MONTHS);
}
