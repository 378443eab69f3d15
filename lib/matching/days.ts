/**
 * Calendar days as whole numbers (days since 1970-01-01), the unit matching compares dates in.
 * @db.Date values arrive as UTC midnight, so a day number is exact integer division.
 */

const MS_PER_DAY = 86_400_000;
const AMSTERDAM_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** Marks an unknown date in typed arrays (the smallest Int32). */
export const UNKNOWN_DAY = -2_147_483_648;

/** A @db.Date value (UTC midnight) → its day number. */
export function dayOfDbDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** "2026-11-24" → its day number; NaN for text that is not a date. */
export function dayOfIso(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00.000Z`) / MS_PER_DAY);
}

/** A day number → "2026-11-24". */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A day number → the Date Prisma uses for a @db.Date column (UTC midnight). */
export function dbDateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** Today in Amsterdam as a day number. */
export function todayDay(now: Date = new Date()): number {
  return dayOfIso(AMSTERDAM_DATE.format(now));
}
