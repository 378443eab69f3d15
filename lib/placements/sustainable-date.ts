import { addMonthsIso, dbDateToIso, todayIso } from "@/lib/time/calendar-dates";

/** Duurzaam (B6): still running and today is after start + 6 months. */
export const SUSTAINABLE_AFTER_MONTHS = 6;

export function isPastSustainableDate(startDate: Date, now: Date): boolean {
  return todayIso(now) > addMonthsIso(dbDateToIso(startDate), SUSTAINABLE_AFTER_MONTHS);
}
