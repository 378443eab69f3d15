import { z } from "zod";

/** The id of a record in a form or URL; anything odd reads as "not found". */
export const recordIdSchema = z.string({ error: "Deze gegevens zijn niet gevonden." }).trim().min(1, "Deze gegevens zijn niet gevonden.").max(40, "Deze gegevens zijn niet gevonden.");
