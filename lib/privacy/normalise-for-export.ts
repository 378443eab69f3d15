/**
 * Makes query results JSON-safe and stable for the data download: dates become ISO strings, big
 * integers become numbers (or strings when too large), bytes are never exported, and object keys
 * are sorted so two downloads of the same data are byte-for-byte equal.
 */
export function normaliseForExport(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Uint8Array) return null;
  if (Array.isArray(value)) return value.map(normaliseForExport);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, normaliseForExport(record[key])]),
    );
  }
  return value;
}
