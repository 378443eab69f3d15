/** Calendar dates ("2026-11-24") as the forms send them, for @db.Date columns. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Amsterdam as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return TODAY.format(now);
}

/** True for an existing calendar date in "YYYY-MM-DD" form. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-11-24" → the Date Prisma stores in a @db.Date column (UTC midnight). */
export function isoToDbDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** A @db.Date value back to "YYYY-MM-DD" (for form defaults). */
export function dbDateToIso(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" plus whole days. */
export function addDaysIso(value: string, days: number): string {
  const date = isoToDbDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return dbDateToIso(date);
}

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
