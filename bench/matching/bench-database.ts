/**
 * A throw-away embedded PostgreSQL for one bench scale: migrated, with the reference data seeded
 * (work areas, travel times, skills, …), and settings for bulk loading (wal_level = minimal, so
 * tables truncated and filled in one transaction skip the WAL; no fsync). Removed by `stop()`.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { seedReferenceData } from "../../prisma/seed/reference-data";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres";
import { findFreePort } from "../../scripts/lib/free-port";
import { migrateDeploy } from "../../scripts/lib/migrate";

export type BenchDatabase = { url: string; stop: () => Promise<void> };

const BULK_SETTINGS = {
  wal_level: "minimal",
  max_wal_senders: "0",
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
  shared_buffers: "512MB",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
  maintenance_work_mem: "512MB",
};

export async function startBenchDatabase(): Promise<BenchDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), "werkcentrum-bench-"));
  chmodSync(folder, 0o755); // the postgres system user must reach the data folder when we run as root
  const dataDir = path.join(folder, "pg");
  const port = await findFreePort();
  // Persistent, so stopping to apply the settings keeps the cluster; the folder is removed at the end.
  let server: RunningPostgres = await startEmbeddedPostgres({ dataDir, port, persistent: true, quiet: true });
  const stop = async () => {
    await server.stop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const admin = new pg.Client({ connectionString: server.url("postgres") });
    await admin.connect();
    for (const [name, value] of Object.entries(BULK_SETTINGS)) await admin.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    await admin.end();
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port, persistent: true, quiet: true });

    await ensureDatabase(server.url("postgres"), "werkcentrum_bench");
    const url = server.url("werkcentrum_bench");
    await migrateDeploy(url);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    await prisma.$transaction((tx) => seedReferenceData(tx), { timeout: 60_000 });
    await prisma.$disconnect();
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
