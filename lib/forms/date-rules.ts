import { z } from "zod";
import { isIsoDate, todayIso, addDaysIso } from "@/lib/time/calendar-dates";

/**
 * A date from today up to `maxDaysAhead` days ahead ("YYYY-MM-DD"). With `optional`, "" (no date)
 * is allowed too.
 */
export function futureDate(options: { empty: string; past: string; maxDaysAhead?: number; optional?: boolean }) {
  const maxDaysAhead = options.maxDaysAhead ?? 730;
  const given = (value: string) => value !== "" && isIsoDate(value);
  return z
    .string({ error: options.empty })
    .trim()
    .refine((value) => options.optional === true || value !== "", { error: options.empty })
    .refine((value) => value === "" || isIsoDate(value), { error: "Vul een geldige datum in, bijvoorbeeld 2027-03-01." })
    .refine((value) => !given(value) || value >= todayIso(), { error: options.past })
    .refine((value) => !given(value) || value <= addDaysIso(todayIso(), maxDaysAhead), {
      error: maxDaysAhead >= 365 ? `Kies een datum binnen ${Math.round(maxDaysAhead / 365)} jaar.` : `Kies een datum binnen ${maxDaysAhead} dagen.`,
    });
}

/** A date in the past year up to today ("YYYY-MM-DD"). */
export function recentDate(options: { empty: string; future: string }) {
  return z
    .string({ error: options.empty })
    .trim()
    .min(1, options.empty)
    .refine(isIsoDate, { error: "Vul een geldige datum in, bijvoorbeeld 2026-11-24." })
    .refine((value) => !isIsoDate(value) || value <= todayIso(), { error: options.future })
    .refine((value) => !isIsoDate(value) || value >= addDaysIso(todayIso(), -366), { error: "Kies een datum in het afgelopen jaar." });
}
