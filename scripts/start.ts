/**
 * `npm start`: one command from a fresh clone to a running portal.
 * - no DATABASE_URL → demo mode: an embedded real PostgreSQL under .data/ (kept across restarts),
 *   migrated and seeded with reference + demo data once;
 *   The portal connects as its own least-privileged role `werkcentrum_app` (decision 025).
 * - DATABASE_URL set → the portal's role; MIGRATION_DATABASE_URL, the owner of the schema, is required:
 *   it migrates and grants the portal's role its rights (scripts/lib/app-role.ts); nothing is seeded
 *   (run `npm run db:seed`).
 * - no SMTP_URL → a local SMTP catcher runs inside this process; the portal's mail lands in the
 *   CaughtMail table and ADMIN reads it at /beheer/e-mail (decision 015).
 * Then builds the production bundle if the sources changed and serves it with `next start`.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { startDemoMailbox, type DemoMailbox } from "./lib/demo-mailbox";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/migrate";
import { buildIfNeeded } from "./lib/build-if-needed";
import { localAuthSecret, localSecret } from "./lib/auth-secret";
import { appRoleUrl, ensureAppRole } from "./lib/app-role";
import { waitForHealth } from "./lib/wait-for-health";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./lib/demo-accounts";

const ROOT = path.join(import.meta.dirname, "..");
const DATA_DIR = path.join(ROOT, ".data");
const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

let database: RunningPostgres | undefined;
const demoMode = !process.env.DATABASE_URL;
// The owner migrates and seeds; the portal itself runs as `databaseUrl`'s role, which cannot alter the audit log.
let ownerUrl = process.env.MIGRATION_DATABASE_URL ?? "";
let databaseUrl = process.env.DATABASE_URL ?? "";

if (!demoMode && !ownerUrl) {
  console.error(
    "MIGRATION_DATABASE_URL ontbreekt. Met een eigen database is DATABASE_URL de rol van het portaal (geen eigenaar) " +
      "en MIGRATION_DATABASE_URL de eigenaar van het schema, die migreert en de rechten zet. Zie README, 'Eigen database'.",
  );
  process.exit(1);
}

if (demoMode) {
  database = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    port: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
    persistent: true,
    quiet: true,
  });
  await ensureDatabase(database.url("postgres"), "werkcentrum");
  ownerUrl = database.url("werkcentrum");
  databaseUrl = appRoleUrl(ownerUrl, localSecret(DATA_DIR, "app-db-password"));
  console.log(`[${seconds()} s] Ingebouwde PostgreSQL draait (data in ${database.dataDir}).`);
}

await migrateDeploy(ownerUrl);
await ensureAppRole(ownerUrl, databaseUrl, { setPassword: demoMode });
console.log(`[${seconds()} s] Database gemigreerd; het portaal werkt als rol ${new URL(databaseUrl).username} zonder eigenaarsrechten.`);

if (demoMode) {
  const seeded = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts", "--demo"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: ownerUrl },
  });
  if (seeded.status !== 0) throw new Error("seeding failed");
  console.log(`[${seconds()} s] Referentie- en demodata aanwezig.`);
}

// Without SMTP_URL the portal's mail goes to a catcher in this process (demo mailbox, /beheer/e-mail).
let mailbox: DemoMailbox | undefined;
if (!process.env.SMTP_URL) {
  mailbox = await startDemoMailbox(databaseUrl, Number(process.env.MAIL_CATCHER_PORT ?? 0));
  console.log(`[${seconds()} s] Geen SMTP_URL: e-mail komt in de demo-mailbox (/beheer/e-mail).`);
}

const build = buildIfNeeded();
if (build.built) console.log(`[${seconds()} s] Build klaar in ${build.seconds.toFixed(0)} s.`);

// scripts/serve.ts is `next start` plus the 503 answer while the database is unreachable (finding 15.9).
const server = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts", String(port)], {
  cwd: ROOT,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...withoutOwnerUrl(process.env),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(DATA_DIR),
    // Only in demo mode the six demo accounts sign in without a second factor (decision 018); an own
    // database never runs with the exemption, whatever the environment says.
    DEMO_MODE: demoMode ? "on" : "off",
    ...mailbox?.env,
  },
});

async function shutdown(code: number) {
  server.kill("SIGTERM");
  await mailbox?.close();
  await database?.stop().catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 1));

await waitForHealth(`http://127.0.0.1:${port}/api/health`, 60_000);
console.log(`\n[${seconds()} s] Het Werkcentrum draait op http://localhost:${port}`);
if (demoMode) {
  console.log(`\nDemo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}; in de demo zonder tweestapsverificatie):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.label.padEnd(16)} ${account.email}`);
} else {
  console.log("Eigen database (DATABASE_URL): er is niets gezaaid; gebruik `npm run db:seed` voor referentiedata.");
}
console.log("\nStoppen: Ctrl+C");

/** The portal's process never holds the owner's credentials. */
function withoutOwnerUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { MIGRATION_DATABASE_URL: _owner, ...rest } = env;
  return rest;
}
