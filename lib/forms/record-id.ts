import { z } from "zod";
import { hasControlCharacters } from "./url-input";

const NOT_FOUND = "Deze gegevens zijn niet gevonden.";

/** The id of a record in a form or URL; anything odd (too long, control characters: decision 026) reads as "not found". */
export const recordIdSchema = z
  .string({ error: NOT_FOUND })
  .trim()
  .min(1, NOT_FOUND)
  .max(40, NOT_FOUND)
  .refine((id) => !hasControlCharacters(id), { error: NOT_FOUND });
