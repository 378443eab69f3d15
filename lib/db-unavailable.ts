/**
 * The one place that recognises "the database cannot be reached right now" (finding 15.9): a stopped or restarting
 * PostgreSQL, a dropped connection, a full server. Such a failure is answered with 503 and a calm page, never 500.
 * No `server-only`: the start-up script's server wrapper and the error reporting hook use it too.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// SQLSTATE: admin shutdown, crash shutdown, cannot connect now (starting up / shutting down), connection exceptions, too many connections.
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const MESSAGES =
  /Can't reach database server|Connection terminated|Server has closed the connection|the database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|timeout exceeded when trying to connect|connect ECONNREFUSED/i;

type Inspectable = { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; errors?: unknown; kind?: unknown };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const { code, message, meta, cause, errors, kind } = error as Inspectable;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || POSTGRES_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  if (isDatabaseUnavailable(meta, depth + 1)) return true;
  if (isDatabaseUnavailable((meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError, depth + 1)) return true;
  if (isDatabaseUnavailable(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** Seconds a client is asked to wait (Retry-After) while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 30;

// On globalThis under a registered symbol: Next's server bundles and the start-up script's server wrapper load their
// own copies of this module in one process, and must share the moment.
const LAST_UNAVAILABLE_AT = Symbol.for("werkcentrum.databaseUnavailableAt");
type WithOutageMoment = { [LAST_UNAVAILABLE_AT]?: number };

/** Remembers that a request just failed because the database could not be reached (instrumentation's onRequestError). */
export function noteDatabaseUnavailable(now: number = Date.now()): void {
  (globalThis as WithOutageMoment)[LAST_UNAVAILABLE_AT] = now;
}

/** True when a request failed for an unreachable database within the last `withinMs`. */
export function wasDatabaseUnavailableRecently(withinMs = 15_000, now: number = Date.now()): boolean {
  const at = (globalThis as WithOutageMoment)[LAST_UNAVAILABLE_AT];
  return at !== undefined && now - at <= withinMs;
}
