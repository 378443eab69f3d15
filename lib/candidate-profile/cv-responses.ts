import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { EMAIL_NOT_VERIFIED_MESSAGE, isEmailVerified } from "@/lib/auth/email-verification-gate";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/forms/record-id";
import { logger } from "@/lib/logger";
import { readCappedBody } from "@/lib/security/read-capped-body";
import { ROUTE_SECURITY_HEADERS, routeJson } from "@/lib/security/route-response";
import { isSameOriginPost } from "@/lib/security/same-origin-post";
import { findCandidateInScopeOrThrow } from "./candidate-in-scope";
import { CV_MAX_BYTES, CV_MESSAGES } from "./cv-rules";
import { CV_FILE_NAME_HEADER } from "./cv-url";
import { getCandidateCv } from "./get-candidate-cv";
import { attachmentDisposition } from "./sanitize-file-name";
import { uploadCandidateCv } from "./upload-candidate-cv";

/*
 * The CV route handlers' work, with the actor passed in (the route file only looks up the session),
 * so tests call these with real Request objects. The route is outside proxy.ts, so the security
 * headers are set here.
 */

const json = routeJson;

const notFound = () => json(404, { error: CV_MESSAGES.notFound });

function fileNameFrom(request: Request): string | null {
  const raw = request.headers.get(CV_FILE_NAME_HEADER);
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * POST: upload (replace) a candidate's CV. The declared size is checked before anything is read,
 * and the body is read with a cap of 5 MB, so a 50 MB upload is refused without holding it in memory.
 */
export async function cvUploadResponse({ request, actor, candidateId }: { request: Request; actor: Actor | null; candidateId: string }): Promise<Response> {
  if (!actor) return json(401, { error: CV_MESSAGES.unauthenticated });
  if (!isSameOriginPost(request)) return json(403, { error: CV_MESSAGES.badRequest });
  // The route is outside proxy.ts, so the path's id is judged here (decision 026).
  if (!recordIdSchema.safeParse(candidateId).success) return notFound();
  if (!can(actor, "candidate.editProfile")) return notFound();
  // A route handler, not an action: the e-mail gate of lib/safe-action.ts is applied here (decision 019).
  if (!(await isEmailVerified(actor.userId))) return json(403, { error: EMAIL_NOT_VERIFIED_MESSAGE });

  const declared = request.headers.get("content-length");
  if (declared !== null) {
    const size = Number(declared);
    if (!Number.isSafeInteger(size) || size < 0) return json(400, { error: CV_MESSAGES.badRequest });
    if (size > CV_MAX_BYTES) return json(413, { error: CV_MESSAGES.tooLarge });
  }

  try {
    // Check the scope before reading the body: a stranger's upload is not read at all.
    await findCandidateInScopeOrThrow(prisma, actor, "candidate.editProfile", candidateId);
    const body = await readCappedBody(request.body, CV_MAX_BYTES);
    if (!body.ok) return json(413, { error: CV_MESSAGES.tooLarge });
    const cv = await uploadCandidateCv({ actor, candidateId, fileName: fileNameFrom(request), bytes: body.bytes });
    return json(200, { cv: { fileName: cv.fileName, sizeBytes: cv.sizeBytes, uploadedAt: cv.uploadedAt.toISOString() } });
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") return notFound();
      if (error.code === "INVALID_INPUT") return json(422, { error: error.userMessage });
    }
    logger.error({ errorName: error instanceof Error ? error.name : "unknown" }, "cv upload failed");
    return json(500, { error: CV_MESSAGES.badRequest });
  }
}

/** GET: the CV as an attachment for those allowed; 404 for everyone else. */
export async function cvDownloadResponse({ actor, candidateId }: { actor: Actor | null; candidateId: string }): Promise<Response> {
  if (!actor || !recordIdSchema.safeParse(candidateId).success) return notFound();
  try {
    const cv = await getCandidateCv({ actor, candidateId });
    return new Response(new Blob([cv.content as Uint8Array<ArrayBuffer>], { type: "application/pdf" }).stream(), {
      status: 200,
      headers: {
        ...ROUTE_SECURITY_HEADERS,
        "Content-Type": "application/pdf",
        "Content-Length": String(cv.content.byteLength),
        "Content-Disposition": attachmentDisposition(cv.fileName),
      },
    });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return notFound();
    throw error;
  }
}
