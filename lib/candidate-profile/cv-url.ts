/**
 * Where a candidate's CV is downloaded (GET) and uploaded (POST). Pages link here; the route
 * handler decides who may (the candidate, the owner bemiddelaar, a bemiddelaar after an accepted
 * handover, ADMIN) and answers 404 to everyone else.
 */
export function cvDownloadPath(candidateId: string): string {
  return `/api/kandidaten/${encodeURIComponent(candidateId)}/cv`;
}

export const cvUploadPath = cvDownloadPath;

/** The request header that carries the original file name (percent-encoded) of an upload. */
export const CV_FILE_NAME_HEADER = "x-bestandsnaam";
