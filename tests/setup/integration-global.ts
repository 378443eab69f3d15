import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../../scripts/lib/migrate";
import { findFreePort } from "../../scripts/lib/free-port";
import { appRoleUrl, ensureAppRole } from "../../scripts/lib/app-role";

export const TEMPLATE_DATABASE = "werkcentrum_template";
/** The tests run the portal's code as its own least-privileged role, as production does (decision 025). */
const TEST_APP_PASSWORD = "werkcentrum-app-test";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    appDatabaseUrl: string;
    templateDatabase: string;
  }
}

let server: RunningPostgres | undefined;
let externalAdminUrl: string | undefined;

/**
 * Once per run: a real PostgreSQL (the one at TEST_DATABASE_URL, or an embedded one in a temp
 * folder), with all migrations applied to a template database. Each test file clones it.
 */
export async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = "/postgres";
    adminUrl = externalAdminUrl = url.toString();
  } else {
    const folder = mkdtempSync(path.join(tmpdir(), "werkcentrum-it-"));
    chmodSync(folder, 0o755); // the postgres system user must reach the data folder when we run as root
    const dataDir = path.join(folder, "pg");
    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false, quiet: true });
    adminUrl = server.url("postgres");
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrateDeploy(templateUrl.toString());
  // Grants live in the database's catalog, so every clone of the template inherits them; the role is cluster-wide.
  await ensureAppRole(templateUrl.toString(), appRoleUrl(templateUrl.toString(), TEST_APP_PASSWORD), { setPassword: true });
  await disconnectEveryone(adminUrl, TEMPLATE_DATABASE);
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("appDatabaseUrl", appRoleUrl(adminUrl, TEST_APP_PASSWORD));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  if (server) {
    await server.stop();
    rmSync(path.dirname(server.dataDir), { recursive: true, force: true });
  } else if (externalAdminUrl) {
    await dropDatabase(externalAdminUrl, TEMPLATE_DATABASE);
  }
}

async function disconnectEveryone(adminUrl: string, name: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
  await client.end();
}

async function dropDatabase(adminUrl: string, name: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
