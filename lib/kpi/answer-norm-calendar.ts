import { addWorkingDays } from "@/lib/time/working-days";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * For every calendar day from `from` to `to` (as "YYYY-MM-DD"): how many calendar days after a
 * question asked that day the working-day norm ends. Sent to SQL as two arrays, so the database
 * applies exactly lib/time/working-days (weekends and Dutch public holidays) without a holiday table.
 */
export function answerNormCalendar(from: Date, to: Date, workingDays: number): { days: string[]; shifts: number[] } {
  const days: string[] = [];
  const shifts: number[] = [];
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t <= to.getTime(); t += DAY_MS) {
    // Noon UTC lies on the same calendar day in Amsterdam, winter and summer time alike.
    const noon = new Date(t + 12 * 60 * 60 * 1000);
    days.push(new Date(t).toISOString().slice(0, 10));
    shifts.push(Math.round((addWorkingDays(noon, workingDays).getTime() - noon.getTime()) / DAY_MS));
  }
  return { days, shifts };
}
