const BASE = "http://werkcentrum.invalid";

/**
 * Turns a `?terug=` value into a same-origin relative path, or null. Absolute URLs,
 * protocol-relative ("//evil.nl"), backslash tricks ("/\evil.nl") and control characters are refused.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  // Browsers treat "\" like "/" and ignore tabs and newlines inside URLs.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path === "/inloggen" || path.startsWith("/inloggen?") || path.startsWith("/api/")) return null;
  return path;
}
