/**
 * Prisma CLI configuration. Only the Prisma CLI loads this file (migrate, generate), never the app.
 *
 * Why this file holds workarounds: these machines cannot download Prisma's native schema engine,
 * so migrations run through Prisma 6.19's JavaScript schema engine (`engine: "js"`) on the pg driver
 * adapter. Three defects of 6.19 need patching here; all are fixed upstream only in Prisma 7, which
 * itself cannot run migrations offline (see docs/decisions/001-prisma-6-19-offline-migrations.md).
 * Remove the patches when moving to a Prisma version that works offline.
 */
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Workaround 1 — prisma/prisma issue 27403: the 6.19 pg adapter cannot decode the catalog column
// types "char" (OID 18) and name (OID 19) ("Column type 'name' could not be deserialized").
// Report them as text (OID 25) before the adapter sees the result. Patching the Pool prototype
// also reaches the shadow database's pool.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;
type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };
const originalPoolQuery = pg.Pool.prototype.query as (...args: unknown[]) => unknown;
(pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function patchedQuery(
  this: pg.Pool,
  ...args: unknown[]
) {
  const result = originalPoolQuery.apply(this, args);
  if (result instanceof Promise) {
    return result.then((value: QueryResultLike) => {
      for (const field of value?.fields ?? []) {
        if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
      }
      return value;
    });
  }
  return result;
};

// Workaround 3 — the 6.19 pg adapter runs a migration script by splitting it on every ";", which
// breaks dollar-quoted function bodies (the append-only trigger on AuditLog). PostgreSQL's simple
// query protocol runs a multi-statement script as it is, so send the script whole.
type ScriptAdapter = {
  executeScript: (script: string) => Promise<void>;
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
};
function sendScriptsWhole<T>(adapter: T): T {
  const target = adapter as unknown as ScriptAdapter;
  target.executeScript = async (script: string) => {
    try {
      await target.client.query(script);
    } catch (error) {
      target.onError(error);
    }
  };
  return adapter;
}

function connectionSettings(url: string): pg.PoolConfig {
  const parsed = parse(url);
  return {
    host: parsed.host ?? "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: parsed.database ?? undefined,
  };
}

// Workaround 2 — in 6.19 `migrate dev` drops its shadow database while the shadow pool is still
// connected ("is being accessed by other users"), and a pool built from a connectionString makes
// the shadow pool point at the main database. Use discrete settings and manage the shadow
// database ourselves: end its pool first, then DROP DATABASE ... WITH (FORCE).
class OfflineSafePrismaPg extends PrismaPg {
  constructor(private readonly settings: pg.PoolConfig) {
    super(settings);
  }

  override async connect() {
    return sendScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ ...this.settings });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const adapter = sendScriptsWhole(await new PrismaPg({ ...this.settings, database }).connect());
    const disposeShadowPool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await disposeShadowPool();
      const dropper = new pg.Client({ ...this.settings });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    // Migrations run as the owner of the schema; DATABASE_URL is the portal's own role where the two differ (decision 025).
    const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
    if (!url) throw new Error("MIGRATION_DATABASE_URL/DATABASE_URL is not set: start the embedded database with `npm start` or set it.");
    return new OfflineSafePrismaPg(connectionSettings(url));
  },
});
