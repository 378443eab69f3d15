/**
 * Characters no form sends and no database column can hold: the NUL byte (PostgreSQL refuses it in text) and
 * a lone UTF-16 surrogate (not Unicode at all; Prisma cannot serialise it). Both only come from a hand-made
 * request, and both used to end as the generic error, the 500 of an action. Other control characters are
 * storable and stay the business of the field's own rule.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MAX_DEPTH = 20;

/** True when any string in the value (keys too, nested objects, arrays, FormData text entries) holds such a character. */
export function containsUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return UNSTORABLE.test(value);
  if (value === null || typeof value !== "object") return false;
  if (depth > MAX_DEPTH) return true;
  if (value instanceof FormData) {
    for (const [key, entry] of value.entries()) if (UNSTORABLE.test(key) || (typeof entry === "string" && UNSTORABLE.test(entry))) return true;
    return false;
  }
  if (value instanceof Blob || value instanceof Date) return false;
  for (const [key, entry] of Object.entries(value)) if (UNSTORABLE.test(key) || containsUnstorableText(entry, depth + 1)) return true;
  return false;
}
