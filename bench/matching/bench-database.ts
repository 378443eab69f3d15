/**
 * A throw-away embedded PostgreSQL for one bench scale: migrated, with the reference data seeded
 * (work areas, travel times, skills, …). Removed again by `stop()`.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { seedReferenceData } from "../../prisma/seed/reference-data";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { findFreePort } from "../../scripts/lib/free-port";
import { migrateDeploy } from "../../scripts/lib/migrate";

export type BenchDatabase = { url: string; stop: () => Promise<void> };

export async function startBenchDatabase(): Promise<BenchDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), "werkcentrum-bench-"));
  chmodSync(folder, 0o755); // the postgres system user must reach the data folder when we run as root
  const server = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port: await findFreePort(), persistent: false, quiet: true });
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  // Bulk loading: bigger checkpoints and memory for the session-level work (all reloadable settings).
  await admin.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
  await admin.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
  await admin.query(`ALTER SYSTEM SET maintenance_work_mem = '512MB'`);
  await admin.query(`SELECT pg_reload_conf()`);
  await admin.end();
  await ensureDatabase(server.url("postgres"), "werkcentrum_bench");
  const url = server.url("werkcentrum_bench");
  await migrateDeploy(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await prisma.$transaction((tx) => seedReferenceData(tx), { timeout: 60_000 });
  await prisma.$disconnect();
  return {
    url,
    stop: async () => {
      await server.stop().catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
