import pg from "pg";
import { wasDatabaseUnavailableRecently } from "../../lib/db-unavailable";

const PROBE_TIMEOUT_MS = 1_500;
const PROBE_CACHE_MS = 2_000;

/**
 * For the server wrapper (answer-outages-calmly.ts), asked only when a response is about to be a 500: is the database
 * unreachable? Yes when a request just failed for that reason (noted by instrumentation's onRequestError), else one
 * `SELECT 1` on a fresh connection with a short timeout, its answer reused for two seconds so a burst of failing
 * requests makes one probe.
 */
export function databaseUnavailableCheck(databaseUrl: string): () => Promise<boolean> {
  let cached: { at: number; unavailable: Promise<boolean> } | undefined;
  return async () => {
    if (wasDatabaseUnavailableRecently()) return true;
    if (!cached || Date.now() - cached.at > PROBE_CACHE_MS) cached = { at: Date.now(), unavailable: probe(databaseUrl) };
    return cached.unavailable;
  };
}

async function probe(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return false;
  } catch {
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
