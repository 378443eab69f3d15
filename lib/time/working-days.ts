/**
 * Working days (Monday–Friday, minus Dutch public holidays) counted on the calendar of
 * Europe/Amsterdam, for service norms such as "answered within 2 working days".
 */

import { fromAmsterdamWall, toAmsterdamWall } from "./amsterdam-time";

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PARTS = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The Amsterdam calendar day of an instant, as a UTC-midnight number (days since epoch). */
function amsterdamDay(date: Date): number {
  const [year, month, day] = DATE_PARTS.format(date).split("-").map(Number);
  return Date.UTC(year!, month! - 1, day!) / DAY_MS;
}

function easterSunday(year: number): number {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const holidayCache = new Map<number, Set<number>>();

/** Dutch public holidays on which offices are closed (Bevrijdingsdag is left out: not a general day off). */
export function dutchPublicHolidays(year: number): Set<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const kingsDay = Date.UTC(year, 3, 27) / DAY_MS;
  const days = new Set<number>([
    Date.UTC(year, 0, 1) / DAY_MS, // Nieuwjaarsdag
    easter + 1, // Tweede Paasdag
    new Date(kingsDay * DAY_MS).getUTCDay() === 0 ? kingsDay - 1 : kingsDay, // Koningsdag (26 april when the 27th is a Sunday)
    easter + 39, // Hemelvaartsdag
    easter + 50, // Tweede Pinksterdag
    Date.UTC(year, 11, 25) / DAY_MS, // Eerste Kerstdag
    Date.UTC(year, 11, 26) / DAY_MS, // Tweede Kerstdag
  ]);
  holidayCache.set(year, days);
  return days;
}

function isWorkingDayNumber(day: number): boolean {
  const date = new Date(day * DAY_MS);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !dutchPublicHolidays(date.getUTCFullYear()).has(day);
}

/** Is this instant on a working day in Amsterdam? */
export function isWorkingDay(date: Date): boolean {
  return isWorkingDayNumber(amsterdamDay(date));
}

/**
 * The instant `count` working days after `date`, at the same time of day (weekends and holidays are
 * skipped). A question asked on Friday 15:00 with a norm of 2 working days is due Tuesday 15:00.
 */
export function addWorkingDays(date: Date, count: number): Date {
  if (!Number.isInteger(count) || count < 0) throw new RangeError("count must be a non-negative integer");
  const wall = toAmsterdamWall(date);
  let day = Math.floor(wall / DAY_MS);
  let added = 0;
  let shift = 0;
  while (added < count) {
    day += 1;
    shift += 1;
    if (isWorkingDayNumber(day)) added += 1;
  }
  return fromAmsterdamWall(wall + shift * DAY_MS);
}

/**
 * Whole working days from `from` to `to`: the working days after the day of `from`, up to and
 * including the day of `to`. Asked Monday, now Wednesday → 2. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = amsterdamDay(from);
  const end = amsterdamDay(to);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (isWorkingDayNumber(day)) count += 1;
  return count;
}
