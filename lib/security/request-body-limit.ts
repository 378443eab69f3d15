/**
 * The body size of every ordinary request (server actions, sign-in, forms): 256 KB, refused in proxy.ts by its
 * declared length before Next reads or parses any of it. Next's own limits (next.config.ts) are set to the same
 * figure as the second line. The two uploads that need more have route handlers outside the proxy with their
 * own cap: the CV (lib/candidate-profile/cv-responses.ts) and the labour-market CSV
 * (lib/labour-market/csv-upload-response.ts). No server imports: proxy.ts runs this.
 */
export const ORDINARY_BODY_MAX_BYTES = 256 * 1024;

export type BodyRefusal = { status: 400 | 411 | 413; message: string };

const BODYLESS_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const BODY_TOO_LARGE_MESSAGE = "Het verzoek is te groot. Verstuur minder tekst of een kleiner bestand.";

/** null: let the request through; otherwise the status and Dutch message to answer with. */
export function refuseOversizedBody(method: string, headers: Headers): BodyRefusal | null {
  if (BODYLESS_METHODS.has(method.toUpperCase())) return null;
  const declared = headers.get("content-length");
  if (declared === null) {
    // Browsers always declare the length of a form or server-action body; a chunked body could be of any size.
    return headers.has("transfer-encoding") ? { status: 411, message: "Het verzoek heeft geen lengte. Probeer het opnieuw." } : null;
  }
  if (!/^\d{1,15}$/.test(declared.trim())) return { status: 400, message: "Het verzoek is ongeldig." };
  return Number(declared) > ORDINARY_BODY_MAX_BYTES ? { status: 413, message: BODY_TOO_LARGE_MESSAGE } : null;
}
