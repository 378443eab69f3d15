/**
 * Characters no form sends and no database column can hold: the NUL byte (PostgreSQL refuses it in text) and
 * a lone UTF-16 surrogate (not Unicode at all; Prisma cannot serialise it). Both only come from a hand-made
 * request, and both used to end as the generic error, the 500 of an action. Other control characters are
 * storable and stay the business of the field's own rule.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MAX_DEPTH = 20;
const FORM_FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const OBJECT_BUILT_INS = new Set(Object.getOwnPropertyNames(Object.prototype));

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

/**
 * The top-level fields whose value holds such a character, so the refusal can stand next to them; an empty list
 * when the input as a whole is the problem (a bare string, a key with such a character); null when all is storable.
 */
export function fieldsWithUnstorableText(value: unknown): string[] | null {
  if (!containsUnstorableText(value)) return null;
  if (value === null || typeof value !== "object" || value instanceof Blob || value instanceof Date) return [];
  const entries: [string, unknown][] = value instanceof FormData ? [...value.entries()] : Object.entries(value);
  if (entries.some(([key]) => UNSTORABLE.test(key))) return [];
  const fields = [...new Set(entries.filter(([, entry]) => containsUnstorableText(entry)).map(([key]) => key))];
  // Only names a form of ours could have; anything else ("constructor", "__proto__", …) gets the form-level message.
  return fields.every((field) => FORM_FIELD_NAME.test(field) && !OBJECT_BUILT_INS.has(field)) ? fields : [];
}
