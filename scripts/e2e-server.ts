/**
 * The server Playwright tests against: a throw-away embedded PostgreSQL (or TEST_DATABASE_URL's
 * server), migrated and seeded with demo data by the owner, and the production build on E2E_PORT, connected
 * as the portal's own least-privileged role (decision 025).
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/migrate";
import { findFreePort } from "./lib/free-port";
import { startDemoMailbox } from "./lib/demo-mailbox";
import { appRoleUrl, ensureAppRole } from "./lib/app-role";

const ROOT = path.join(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);

let database: RunningPostgres | undefined;
let folder: string | undefined;
let adminUrl: string;
if (process.env.TEST_DATABASE_URL) {
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = "/postgres";
  adminUrl = url.toString();
} else {
  folder = mkdtempSync(path.join(tmpdir(), "werkcentrum-e2e-"));
  chmodSync(folder, 0o755);
  database = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port: await findFreePort(), persistent: false, quiet: true });
  adminUrl = database.url("postgres");
}
const databaseName = `werkcentrum_e2e_${randomBytes(4).toString("hex")}`;
await ensureDatabase(adminUrl, databaseName);
const ownerUrl = new URL(adminUrl);
ownerUrl.pathname = `/${databaseName}`;
await migrateDeploy(ownerUrl.toString());
// One fixed password for the throw-away role, so e2e servers sharing a TEST_DATABASE_URL server never reset each other's.
const databaseUrl = new URL(appRoleUrl(ownerUrl.toString(), "werkcentrum-app-e2e"));
await ensureAppRole(ownerUrl.toString(), databaseUrl.toString(), { setPassword: true });

const seeded = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts", "--demo"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: ownerUrl.toString() },
});
if (seeded.status !== 0) throw new Error("seeding the e2e database failed");

// The portal's mail lands in the demo mailbox (/beheer/e-mail), where browser tests can read it.
const mailbox = await startDemoMailbox(databaseUrl.toString());

// scripts/serve.ts is `next start` plus the 503 answer while the database is unreachable (finding 15.9).
const server = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts", String(port)], {
  cwd: ROOT,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl.toString(),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    LOG_LEVEL: "warn",
    // The journey specs move the demo clock (/beheer/klok, decision 009).
    CLOCK_CONTROL: "on",
    // Demo mode: the demo accounts sign in with the password alone, so the sign-in setup keeps working (decision 018).
    DEMO_MODE: "on",
    // Playwright sends one X-Forwarded-For address per test process (playwright.config.ts), as one proxy would.
    TRUSTED_PROXY_HOPS: "1",
    ...mailbox.env,
  },
});

async function shutdown() {
  server.kill("SIGTERM");
  await mailbox.close();
  if (database) {
    await database.stop().catch(() => undefined);
    if (folder) rmSync(folder, { recursive: true, force: true });
  } else {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
server.on("exit", () => void shutdown());
