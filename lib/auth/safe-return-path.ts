const BASE = "http://werkcentrum.invalid";
const MAX_LENGTH = 512;
/** Each round peels one layer of percent-encoding; more layers than this is no honest link. */
const MAX_DECODE_ROUNDS = 4;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Decodes until nothing changes; null when malformed or still encoded after the last round. */
function decodeFully(value: string): string | null {
  let current = value;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * What a browser would make of the path: backslashes are slashes, tabs and newlines are dropped, dot
 * segments are resolved. Null when that leaves our origin or starts with "//" (protocol-relative).
 */
function resolvedPath(value: string): string | null {
  const cleaned = value.replace(/\\/g, "/").replace(CONTROL_CHARACTERS, "");
  if (!cleaned.startsWith("/") || cleaned.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(cleaned, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

function isRefusedTarget(path: string): boolean {
  return path === "/inloggen" || path.startsWith("/inloggen?") || path.startsWith("/inloggen#") || path.startsWith("/api/");
}

/**
 * Turns a `?terug=` value into a same-origin relative path, or null. Normalises first, then judges:
 * the value and its fully percent-decoded form must both resolve (dot segments, backslashes, control
 * characters as a browser treats them) to a path on our origin that does not start with "//" (finding 15.1).
 * The value itself may not hold backslashes or control characters at all.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  const decoded = decodeFully(value);
  if (decoded === null) return null;
  const judged = resolvedPath(decoded);
  const path = resolvedPath(value);
  if (judged === null || path === null || isRefusedTarget(judged) || isRefusedTarget(path)) return null;
  return path;
}
