import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasFormControlCharacters } from "./url-input";

/** The free-text rule of every form, with Dutch messages; no server imports (used by forms too). */

export const NO_HTML_MESSAGE = "Gebruik geen HTML-tekens zoals < en >.";
const HTML_CHARS = /[<>]/;

export type FreeTextOptions = {
  /** Most characters after trimming; `tooLong` defaults to "Gebruik maximaal {max} tekens." */
  max: number;
  tooLong?: string;
  /** The message for an empty field. Without it an empty field is allowed (""). */
  required?: string;
  /** Fewest characters (beyond "not empty"); `tooShort` defaults to "Gebruik minimaal {min} tekens." */
  min?: number;
  tooShort?: string;
  /** The message when the value is not text at all; defaults to `required`. */
  notText?: string;
};

/** Free text: trimmed, optionally required, between min and max characters, no HTML characters. */
export function freeText(options: FreeTextOptions) {
  const { max, required, min = 1 } = options;
  const notText = options.notText ?? required;
  let rule = z.string(notText === undefined ? undefined : { error: notText }).trim();
  if (required !== undefined) rule = rule.min(1, required);
  if (min > 1) rule = rule.min(min, options.tooShort ?? `Gebruik minimaal ${min} tekens.`);
  return rule
    .max(max, options.tooLong ?? `Gebruik maximaal ${max} tekens.`)
    .refine((value) => !HTML_CHARS.test(value), { error: NO_HTML_MESSAGE })
    .refine((value) => !hasFormControlCharacters(value), { error: CONTROL_CHARACTER_MESSAGE });
}

/** Optional free text: a missing field becomes "". */
export function optionalText(max: number, tooLong?: string) {
  return freeText({ max, tooLong }).optional().default("");
}

/** Optional free text: an empty or missing field becomes null. */
export function optionalTextOrNull(options: Omit<FreeTextOptions, "required" | "min" | "tooShort">) {
  return freeText(options)
    .nullish()
    .transform((value) => (value ? value : null));
}
