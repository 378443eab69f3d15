/** The run key of a job at `now`: the UTC start of its slot, e.g. "2026-11-20T14:05Z" for 5-minute slots. */
export function runKeyFor(now: Date, everyMinutes: number): string {
  if (!Number.isInteger(everyMinutes) || everyMinutes < 1) throw new RangeError("everyMinutes must be a positive integer");
  const slotMs = everyMinutes * 60_000;
  const start = new Date(Math.floor(now.getTime() / slotMs) * slotMs);
  return `${start.toISOString().slice(0, 16)}Z`;
}
