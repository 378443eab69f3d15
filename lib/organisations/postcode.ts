/**
 * Dutch postcodes: four digits (not starting with 0), then two letters; SA, SD and SS are never
 * issued. Typed with or without a space, in any case.
 */
export const POSTCODE_PATTERN = /^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$/i;

/** "1211ab" → "1211 AB"; null when it is not a Dutch postcode. */
export function normalisePostcode(value: string): string | null {
  const trimmed = value.trim();
  if (!POSTCODE_PATTERN.test(trimmed)) return null;
  const compact = trimmed.replace(" ", "").toUpperCase();
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}
