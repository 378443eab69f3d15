import { toAmsterdamWall } from "@/lib/time/amsterdam-time";

/** "2026-11-24" and "13:00" of an instant in Amsterdam, as the event form asks for them. */
export function amsterdamDateAndTime(instant: Date): { date: string; time: string } {
  const iso = new Date(toAmsterdamWall(instant)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
