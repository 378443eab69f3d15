const DAY_MS = 24 * 60 * 60 * 1000;
const LOCK_EPOCH = Date.UTC(2000, 0, 1);

/** Month starts (UTC midnight, as the dashboard periods use) from `from` up to but not including `to`. */
export function monthStartsBetween(from: Date, to: Date): Date[] {
  const months: Date[] = [];
  for (let month = startOfMonth(from); month < to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The days (UTC midnight) of the month that starts at `month`. */
export function daysOfMonth(month: Date): Date[] {
  const days: Date[] = [];
  for (let day = month.getTime(); day < addMonths(month, 1).getTime(); day += DAY_MS) days.push(new Date(day));
  return days;
}

export function startOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addMonths(month: Date, count: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + count, 1));
}

export const addDays = (day: Date, count: number) => new Date(day.getTime() + count * DAY_MS);

/** yyyy-mm-dd of a UTC day. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The second key of a day's advisory lock; must equal the triggers' `day - DATE '2000-01-01'`. */
export const dayLockKey = (day: Date) => Math.round((day.getTime() - LOCK_EPOCH) / DAY_MS);
