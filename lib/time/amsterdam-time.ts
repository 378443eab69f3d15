/** Local date and time in Europe/Amsterdam, as the forms ask for them, to and from instants. */

const ZONE = "Europe/Amsterdam";
const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function offsetMs(instant: number): number {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The Amsterdam wall-clock time of an instant, as milliseconds on a UTC scale. */
export function toAmsterdamWall(instant: Date): number {
  return instant.getTime() + offsetMs(instant.getTime());
}

/** The instant whose Amsterdam wall-clock time is `wall` (milliseconds on a UTC scale). */
export function fromAmsterdamWall(wall: number): Date {
  let instant = wall - offsetMs(wall);
  instant = wall - offsetMs(instant);
  return new Date(instant);
}

/** The Amsterdam calendar date ("2026-03-29") and hour (0–23) of an instant; right on the days the clocks change. */
export function amsterdamDateAndHour(instant: Date): { date: string; hour: number } {
  const wall = new Date(toAmsterdamWall(instant));
  return { date: wall.toISOString().slice(0, 10), hour: wall.getUTCHours() };
}

/** "2026-11-24" + "09:30" in Amsterdam → the instant. Null when the date or time does not exist. */
export function amsterdamDateTime(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return fromAmsterdamWall(wall);
}

const DATE = new Intl.DateTimeFormat("nl-NL", { timeZone: ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const SHORT_DATE = new Intl.DateTimeFormat("nl-NL", { timeZone: ZONE, day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("nl-NL", { timeZone: ZONE, hour: "2-digit", minute: "2-digit" });

/** "dinsdag 24 november 2026" */
export function formatLongDate(date: Date): string {
  return DATE.format(date);
}

/** "24 november 2026" */
export function formatShortDate(date: Date): string {
  return SHORT_DATE.format(date);
}

/** "09:30" */
export function formatTime(date: Date): string {
  return TIME.format(date);
}

/** "24 november 2026 om 09:30" */
export function formatDateTime(date: Date): string {
  return `${SHORT_DATE.format(date)} om ${TIME.format(date)}`;
}

/** "dinsdag 24 november 2026, 09:30–10:00" */
export function formatSlot(startsAt: Date, endsAt: Date): string {
  return `${DATE.format(startsAt)}, ${TIME.format(startsAt)}–${TIME.format(endsAt)}`;
}
