/** Date helpers for seeding relative to "now", so the demo stays fresh. */

const DAY_MS = 86_400_000;

/** Midnight UTC of the given moment's calendar day (what Prisma stores for @db.Date). */
export function startOfDayUtc(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

export function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/** The date `count` working days (Mon–Fri) after `date`. */
export function addWorkingDays(date: Date, count: number): Date {
  let result = date;
  let left = count;
  while (left > 0) {
    result = addDays(result, 1);
    if (!isWeekend(result)) left--;
  }
  return result;
}

/** Moves a date forward to Monday when it falls in a weekend. */
export function toWorkingDay(date: Date): Date {
  let result = date;
  while (isWeekend(result)) result = addDays(result, 1);
  return result;
}

/** Offset of Europe/Amsterdam from UTC in minutes at the given moment (60 or 120). */
function amsterdamOffsetMinutes(moment: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(moment);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - moment.getTime()) / 60_000);
}

/** The moment it is `hour:minute` in Amsterdam on the calendar day of `day` (a UTC-midnight date). */
export function amsterdamTime(day: Date, hour: number, minute = 0): Date {
  const naive = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute));
  return new Date(naive.getTime() - amsterdamOffsetMinutes(naive) * 60_000);
}

/** A calendar-day clock anchored on one "today", so every date in a seed run is consistent. */
export type Clock = {
  now: Date;
  today: Date;
  daysAgo(days: number): Date;
  daysAhead(days: number): Date;
};

export function createClock(now: Date): Clock {
  const today = startOfDayUtc(now);
  return {
    now,
    today,
    daysAgo: (days) => addDays(today, -days),
    daysAhead: (days) => addDays(today, days),
  };
}
