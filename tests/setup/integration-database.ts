import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

// Runs before each integration test file: give the file its own database, cloned from the
// migrated template in milliseconds, before any module reads DATABASE_URL.
const adminUrl = inject("adminDatabaseUrl");
const appUrl = inject("appDatabaseUrl");
const template = inject("templateDatabase");
const database = `werkcentrum_test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
await admin.end();

// The code under test connects as the portal's own role (DATABASE_URL), like production; the owner's URL is there
// for the few tests that check the role setup itself (decision 025).
const url = new URL(appUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
const ownerUrl = new URL(adminUrl);
ownerUrl.pathname = `/${database}`;
process.env.MIGRATION_DATABASE_URL = ownerUrl.toString();

afterAll(async () => {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await cleanup.end();
});
