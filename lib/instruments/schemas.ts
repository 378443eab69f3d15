import { z } from "zod";
import { AUDIENCE_KEYS } from "./audiences";

/** Search params arrive as string | string[] | undefined; take the first value. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const optionalText = (max: number) =>
  z.preprocess(
    firstValue,
    z
      .string()
      .trim()
      .transform((text) => text.slice(0, max))
      .transform((text) => (text === "" ? undefined : text))
      .optional()
      .catch(undefined),
  );

/** A code from the data: letters, digits, underscores and hyphens. Anything else is ignored. */
const optionalCode = z.preprocess(
  firstValue,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional()
    .catch(undefined),
);

/**
 * The instrument guide's GET form. Invalid or unknown values are dropped instead of failing:
 * a hand-edited URL shows all instruments rather than an error page.
 */
export const instrumentSearchSchema = z.object({
  q: optionalText(100),
  kind: optionalCode,
  provider: optionalCode,
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
