import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { appRoleUrl, ensureAppRole } from "./app-role";

// The owner of the test database (the migration role); DATABASE_URL is already the app role (tests/setup).
const ownerUrl = process.env.MIGRATION_DATABASE_URL!;
const createdRoles: string[] = [];

async function asOwner<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function newRole(): string {
  const role = `werkcentrum_app_${randomBytes(4).toString("hex")}`;
  createdRoles.push(role);
  return role;
}

afterAll(async () => {
  await asOwner(async (client) => {
    for (const role of createdRoles) {
      await client.query(`DROP OWNED BY "${role}"`).catch(() => undefined);
      await client.query(`DROP ROLE IF EXISTS "${role}"`);
    }
  });
});

describe("ensureAppRole (decision 025)", () => {
  it("creates a login role that can work but not touch the audit log, and is idempotent", async () => {
    const role = newRole();
    const url = appRoleUrl(ownerUrl, "geheim-1", role);
    await ensureAppRole(ownerUrl, url);
    await ensureAppRole(ownerUrl, url);
    const app = new pg.Client({ connectionString: url });
    await app.connect();
    try {
      await app.query(`INSERT INTO "AuditLog" ("action", "purpose") VALUES ('test', 'rol')`);
      await app.query(`SELECT count(*) FROM "User"`);
      await expect(app.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    } finally {
      await app.end();
    }
  });

  it("gives tables a later migration adds the ordinary rights, and a re-run keeps the audit log append-only", async () => {
    const role = newRole();
    const url = appRoleUrl(ownerUrl, "geheim-2", role);
    await ensureAppRole(ownerUrl, url);
    await asOwner((client) => client.query(`CREATE TABLE "LaterTable" ("id" BIGSERIAL PRIMARY KEY, "note" text)`));
    await ensureAppRole(ownerUrl, url);
    const app = new pg.Client({ connectionString: url });
    await app.connect();
    try {
      await app.query(`INSERT INTO "LaterTable" ("note") VALUES ('x')`);
      await app.query(`UPDATE "LaterTable" SET "note" = 'y'`);
      await expect(app.query(`UPDATE "AuditLog" SET "purpose" = 'x'`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
      await asOwner((client) => client.query(`DROP TABLE "LaterTable"`));
    }
  });

  it("refuses an app role that is the owner itself, or one with owner powers", async () => {
    await expect(ensureAppRole(ownerUrl, ownerUrl)).rejects.toThrow(/dezelfde rol/);
    const role = newRole();
    await asOwner((client) => client.query(`CREATE ROLE "${role}" LOGIN SUPERUSER PASSWORD 'x'`));
    await expect(ensureAppRole(ownerUrl, appRoleUrl(ownerUrl, "x", role))).rejects.toThrow(/superuser/);
    await asOwner((client) => client.query(`ALTER ROLE "${role}" NOSUPERUSER`));
    await asOwner((client) => client.query(`ALTER TABLE "SystemClock" OWNER TO "${role}"`));
    await expect(ensureAppRole(ownerUrl, appRoleUrl(ownerUrl, "x", role))).rejects.toThrow(/eigenaar van SystemClock/);
    await asOwner((client) => client.query(`ALTER TABLE "SystemClock" OWNER TO CURRENT_USER`));
  });
});
