import { addMonthsIso, dbDateToIso, todayIso } from "@/lib/time/calendar-dates";

/** Instruments whose "laatst gecontroleerd" date is this many months old are due for review (issue 14 O4). */
export const INSTRUMENT_REVIEW_MONTHS = 6;

/**
 * The latest check date that is due for review: today in Amsterdam minus six calendar months. Checked on
 * 7 June and today is 7 December: six months have passed, so it is due; checked on 8 June: not yet.
 */
export function reviewCutoffIso(now: Date): string {
  return addMonthsIso(todayIso(now), -INSTRUMENT_REVIEW_MONTHS);
}

/** True when the instrument was last checked six months ago or longer (checkedOn is a @db.Date). */
export function isDueForReview(checkedOn: Date, now: Date): boolean {
  return dbDateToIso(checkedOn) <= reviewCutoffIso(now);
}
