import type { IncomingMessage, ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS } from "../../lib/db-unavailable";
import { UNAVAILABLE_PAGE_HEADERS, UNAVAILABLE_PAGE_HTML } from "./unavailable-page";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
type Chunk = [chunk: unknown, encoding: unknown];

/**
 * Wraps the Next.js request handler (finding 15.9). Next's error boundaries cannot set a status code, so a page
 * whose rendering fails because the database is unreachable would go out as 500. Here a response that starts with
 * status 500 is held back until it ends; then, if the database is unreachable (`databaseUnavailable`, asked only
 * for these responses, never per request), the visitor gets 503, Retry-After and a calm Dutch page instead.
 * Any other response passes through untouched from its first byte.
 */
export function answerOutagesCalmly(handler: Handler, databaseUnavailable: () => Promise<boolean>): Handler {
  return (request, response) => {
    holdServerErrors(response, databaseUnavailable);
    return handler(request, response);
  };
}

function holdServerErrors(response: ServerResponse, databaseUnavailable: () => Promise<boolean>): void {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  let mode: "undecided" | "pass" | "hold" = "undecided";
  let heldHead: unknown[] | undefined;
  const heldChunks: Chunk[] = [];

  // The patched methods stay in place and delegate once the status is known: Next's compression wraps them after us
  // (it keeps references to ours), so putting the originals back would bypass it and lose the end of the page.
  const decide = (status: number) => {
    if (mode !== "undecided") return;
    mode = status === 500 ? "hold" : "pass";
  };

  const finish = async (callback?: () => void) => {
    mode = "pass";
    const outage = await databaseUnavailable().catch(() => false);
    if (outage) {
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      (original.writeHead as (...args: unknown[]) => ServerResponse).call(response, 503, { ...UNAVAILABLE_PAGE_HEADERS, "Retry-After": String(RETRY_AFTER_SECONDS) });
      (original.end as (...args: unknown[]) => ServerResponse).call(response, response.req?.method === "HEAD" ? undefined : UNAVAILABLE_PAGE_HTML, callback);
      return;
    }
    if (heldHead) (original.writeHead as (...args: unknown[]) => ServerResponse).apply(response, heldHead);
    for (const [chunk, encoding] of heldChunks) (original.write as (...args: unknown[]) => boolean).call(response, chunk, encoding);
    (original.end as (...args: unknown[]) => ServerResponse).call(response, callback);
  };

  response.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    decide(statusCode);
    if (mode === "pass") return (original.writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
    heldHead = [statusCode, ...rest];
    return this;
  } as ServerResponse["writeHead"];

  response.flushHeaders = function flushHeaders(this: ServerResponse) {
    decide(this.statusCode);
    if (mode === "pass") original.flushHeaders.call(this);
  };

  response.write = function write(this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide(heldHead ? 500 : this.statusCode);
    if (mode === "pass") return (original.write as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
    heldChunks.push([chunk, typeof encoding === "function" ? undefined : encoding]);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(() => done());
    return true;
  } as ServerResponse["write"];

  response.end = function end(this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide(heldHead ? 500 : this.statusCode);
    if (mode === "pass") return (original.end as (...args: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function") as (() => void) | undefined;
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      heldChunks.push([chunk, typeof encoding === "function" ? undefined : encoding]);
    }
    void finish(done);
    return this;
  } as ServerResponse["end"];
}
