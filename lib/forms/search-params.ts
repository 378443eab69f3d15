import { z } from "zod";
import { cleanUrlText, hasControlCharacters } from "./url-input";

/** GET-form parsing: invalid values are dropped instead of failing, so a hand-edited URL shows everything. */

/** Search params arrive as string | string[] | undefined; take the first value. */
export function firstValue<T>(value: T | T[]): T | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Search text: control characters dropped (decision 026), trimmed, capped at `max` characters, empty is no search. */
export function searchText(max = 100) {
  return z.preprocess(
    firstValue,
    z
      .string()
      .transform((text) => cleanUrlText(text, max) || undefined)
      .optional()
      .catch(undefined),
  );
}

/** An id or code from the data: letters, digits, underscores and hyphens. */
export const searchId = z.preprocess(firstValue, z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/).optional().catch(undefined));

/** "?page=3" → 3; anything else (also "3" followed by a control character) → 1. */
export const pageParam = z.preprocess(
  firstValue,
  z.preprocess((value) => (typeof value === "string" && hasControlCharacters(value) ? undefined : value), z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
);
