import { z } from "zod";
import { firstValue, searchId, searchText } from "@/lib/forms/search-params";
import { AUDIENCE_KEYS } from "./audiences";


/**
 * The instrument guide's GET form. Invalid or unknown values are dropped instead of failing:
 * a hand-edited URL shows all instruments rather than an error page.
 */
export const instrumentSearchSchema = z.object({
  q: searchText(),
  kind: searchId,
  provider: searchId,
  audience: z.preprocess(firstValue, z.enum(AUDIENCE_KEYS).optional().catch(undefined)),
});

export type InstrumentSearch = z.infer<typeof instrumentSearchSchema>;

export function parseInstrumentSearch(searchParams: Record<string, string | string[] | undefined>): InstrumentSearch {
  return instrumentSearchSchema.parse(searchParams);
}

/** Instrument codes as they appear in URLs (/instrumenten/LKS). */
export const instrumentCodeSchema = z.string().regex(/^[A-Z0-9_]{1,40}$/);

export function hasActiveFilters(search: InstrumentSearch): boolean {
  return Boolean(search.q || search.kind || search.provider || search.audience);
}
