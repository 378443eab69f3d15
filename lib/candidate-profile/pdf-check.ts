/**
 * Is this a PDF, judged by its bytes (never by the file name or the browser's content type)?
 * A PDF starts with "%PDF-" and ends with "%%EOF" (possibly followed by line ends or a little padding).
 */

export type PdfCheck = "ok" | "empty" | "notPdf" | "truncated";

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
/** How far from the end the last "%%EOF" may be (writers add line ends, some add padding). */
const EOF_WINDOW = 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function hasMarkerNearEnd(bytes: Uint8Array): boolean {
  const from = Math.max(HEADER.length, bytes.length - EOF_WINDOW);
  for (let start = bytes.length - EOF_MARKER.length; start >= from; start--) {
    if (EOF_MARKER.every((byte, index) => bytes[start + index] === byte)) return true;
  }
  return false;
}

export function checkPdfBytes(bytes: Uint8Array): PdfCheck {
  if (bytes.length === 0) return "empty";
  if (!startsWith(bytes, HEADER)) return "notPdf";
  if (!hasMarkerNearEnd(bytes)) return "truncated";
  return "ok";
}
