/** Ages for routing (J1) and the age group a bemiddelaar sees in the queue; Amsterdam calendar. */

const AMSTERDAM_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

type CalendarDate = { year: number; month: number; day: number };

function fromIso(date: string): CalendarDate {
  const [year, month, day] = date.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
}

/** A `@db.Date` value (UTC midnight) or "YYYY-MM-DD" as a calendar date. */
function calendarDate(value: Date | string): CalendarDate {
  if (typeof value === "string") return fromIso(value);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

/** Today's date in Amsterdam, "YYYY-MM-DD". */
export function amsterdamToday(now: Date): string {
  return AMSTERDAM_DATE.format(now);
}

/** Completed years on `now`'s Amsterdam date; someone born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: Date | string, now: Date): number {
  const born = calendarDate(birthDate);
  const today = fromIso(amsterdamToday(now));
  const hadBirthday = today.month > born.month || (today.month === born.month && today.day >= born.day);
  return today.year - born.year - (hadBirthday ? 0 : 1);
}

export type AgeGroup = "UNDER_27" | "FROM_27_TO_49" | "FROM_50" | "UNKNOWN";

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  UNDER_27: "Jonger dan 27",
  FROM_27_TO_49: "27 tot 50 jaar",
  FROM_50: "50 jaar of ouder",
  UNKNOWN: "Onbekend",
};

/** Only a group, never the birth date: enough to pick up a request. */
export function ageGroupOf(age: number | null): AgeGroup {
  if (age === null) return "UNKNOWN";
  if (age < 27) return "UNDER_27";
  return age < 50 ? "FROM_27_TO_49" : "FROM_50";
}
