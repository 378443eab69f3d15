const DUTCH_DATE = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  // Dates from `@db.Date` columns arrive as midnight UTC; format them in UTC so the day never shifts.
  timeZone: "UTC",
});

/** "2026-03-18" → "18 maart 2026". */
export function formatDutchDate(date: Date): string {
  return DUTCH_DATE.format(date);
}

/** Machine-readable value for `<time dateTime>`: "2026-03-18". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
