import { z } from "zod";
import { isIsoDate, todayIso, addDaysIso } from "@/lib/time/calendar-dates";

/** Shared zod building blocks with Dutch messages; no server imports (used by forms too). */

export const NO_HTML_MESSAGE = "Gebruik geen HTML-tekens zoals < en >.";
const HTML_CHARS = /[<>]/;

/** Required free text: trimmed, no HTML characters, between min and max characters. */
export function requiredText(options: { empty: string; min?: number; max: number; tooShort?: string; tooLong?: string }) {
  const { empty, min = 1, max } = options;
  return z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .min(min, options.tooShort ?? `Gebruik minimaal ${min} tekens.`)
    .max(max, options.tooLong ?? `Gebruik maximaal ${max} tekens.`)
    .refine((value) => !HTML_CHARS.test(value), { error: NO_HTML_MESSAGE });
}

/** Optional free text: empty becomes "", otherwise as requiredText. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Gebruik maximaal ${max} tekens.`)
    .refine((value) => !HTML_CHARS.test(value), { error: NO_HTML_MESSAGE })
    .optional()
    .default("");
}

export const recordIdSchema = z.string({ error: "Deze gegevens zijn niet gevonden." }).trim().min(1, "Deze gegevens zijn niet gevonden.").max(40, "Deze gegevens zijn niet gevonden.");

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
