const MAX_LENGTH = 100;
const FALLBACK = "cv.pdf";

/**
 * A safe name to store and to offer in Content-Disposition: no path, no control or special
 * characters, at most 100 characters, always ending in ".pdf". The original name is never trusted.
 */
export function sanitizeCvFileName(original: string | null | undefined): string {
  const base = (original ?? "").normalize("NFC").split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.pdf$/i, "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/[\s_]+/g, (run) => (run.includes(" ") ? " " : "_"))
    .replace(/^[\s._-]+|[\s._-]+$/g, "");
  if (stem === "") return FALLBACK;
  return `${stem.slice(0, MAX_LENGTH - 4).trimEnd()}.pdf`;
}

/** Content-Disposition for a download: an ASCII fallback plus the UTF-8 name (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
