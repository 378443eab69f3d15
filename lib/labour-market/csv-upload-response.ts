import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { EMAIL_NOT_VERIFIED_MESSAGE, isEmailVerified } from "@/lib/auth/email-verification-gate";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { readCappedBody } from "@/lib/security/read-capped-body";
import { routeJson } from "@/lib/security/route-response";
import { isSameOriginPost } from "@/lib/security/same-origin-post";
import { CSV_LIMITS, CSV_TOO_LARGE_MESSAGE, CSV_UPLOAD_PATH } from "./parse-labour-market-csv";
import { uploadLabourMarketCsv, type UploadOutcome } from "./upload-labour-market-csv";

const refused = (status: number, message: string) => routeJson(status, { ok: false, errors: [message], moreErrors: 0 } satisfies UploadOutcome);

/**
 * POST of the labour-market CSV (ADMIN). Ordinary requests are capped at 256 KB (decision 026); this one may be
 * 1 MB: the declared length is judged before anything is read and the body is read with a hard cap, so a larger
 * or chunked body is refused with 413 without holding it. Authorisation as the action had it: a session, the
 * `referenceData.manage` row (the domain function asserts it again), a confirmed e-mail address, a same-origin post.
 */
export { CSV_UPLOAD_PATH };

export async function csvUploadResponse({ request, actor }: { request: Request; actor: Actor | null }): Promise<Response> {
  if (!actor) return refused(401, new AppError("UNAUTHENTICATED").userMessage);
  if (!isSameOriginPost(request)) return refused(403, "Het uploaden is niet gelukt. Laad de pagina opnieuw en probeer het nog eens.");
  if (!can(actor, "referenceData.manage")) return refused(404, "Deze pagina bestaat niet.");
  if (!(await isEmailVerified(actor.userId))) return refused(403, EMAIL_NOT_VERIFIED_MESSAGE);

  const declared = request.headers.get("content-length");
  if (declared !== null && !/^\d{1,15}$/.test(declared.trim())) return refused(400, "Het uploaden is niet gelukt. Probeer het opnieuw.");
  if (declared !== null && Number(declared) > CSV_LIMITS.maxBytes) return refused(413, CSV_TOO_LARGE_MESSAGE);
  const body = await readCappedBody(request.body, CSV_LIMITS.maxBytes);
  if (!body.ok) return refused(413, CSV_TOO_LARGE_MESSAGE);
  if (body.bytes.byteLength === 0) return refused(400, "Kies een CSV-bestand.");
  return routeJson(200, await uploadLabourMarketCsv({ actor, file: body.bytes }));
}
