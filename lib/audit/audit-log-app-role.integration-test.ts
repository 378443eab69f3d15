import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

// Finding 15.7 / decision 025: the portal connects as a role that may add audit entries but can neither change,
// remove nor switch off the audit log — not by a statement, not by disabling its triggers, not by owning it.
// `prisma` here is the client the application uses (DATABASE_URL), so this is the application's own role.
const PERMISSION_DENIED = /permission denied|must be owner|insufficient privilege|must be superuser/i;

async function refused(sql: string): Promise<void> {
  await expect(prisma.$transaction((tx) => tx.$executeRawUnsafe(sql))).rejects.toThrow(PERMISSION_DENIED);
}

describe("the application's database role (finding 15.7)", () => {
  it("is neither superuser nor the owner of any table, and may not create objects in the schema", async () => {
    const [role] = await prisma.$queryRaw<{ name: string; superuser: boolean; bypassRls: boolean; createRole: boolean; createDb: boolean }[]>`
      SELECT rolname::text AS name, rolsuper AS superuser, rolbypassrls AS "bypassRls", rolcreaterole AS "createRole", rolcreatedb AS "createDb"
      FROM pg_roles WHERE rolname = current_user`;
    expect(role).toMatchObject({ superuser: false, bypassRls: false, createRole: false, createDb: false });
    const owned = await prisma.$queryRaw<{ relname: string }[]>`
      SELECT c.relname::text AS relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND pg_has_role(current_user, c.relowner, 'USAGE')`;
    expect(owned).toEqual([]);
    const [schema] = await prisma.$queryRaw<{ canCreate: boolean }[]>`SELECT has_schema_privilege(current_schema(), 'CREATE') AS "canCreate"`;
    expect(schema!.canCreate).toBe(false);
    await refused(`CREATE TABLE "Intruder" ("id" int)`);
  });

  it("may add audit entries and read them", async () => {
    const entry = await prisma.auditLog.create({ data: { action: "candidate.read", purpose: "test van de rol" } });
    expect(await prisma.auditLog.findUnique({ where: { id: entry.id } })).toMatchObject({ purpose: "test van de rol" });
  });

  it("may not update, delete, truncate, alter or switch off the triggers of the audit log", async () => {
    const entry = await prisma.auditLog.create({ data: { action: "candidate.read", purpose: "blijft staan" } });
    await refused(`UPDATE "AuditLog" SET "purpose" = 'gewist' WHERE "id" = ${entry.id}`);
    await refused(`DELETE FROM "AuditLog" WHERE "id" = ${entry.id}`);
    await refused(`TRUNCATE "AuditLog"`);
    await refused(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`);
    await refused(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_or_delete"`);
    await refused(`DROP TRIGGER "AuditLog_no_update_or_delete" ON "AuditLog"`);
    await refused(`ALTER TABLE "AuditLog" ADD COLUMN "note" text`);
    await refused(`DROP TABLE "AuditLog"`);
    await refused(`SET session_replication_role = replica`);
    await refused(`CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`);
    const [rights] = await prisma.$queryRaw<Record<string, boolean>[]>`
      SELECT has_table_privilege('"AuditLog"', 'UPDATE') AS "update", has_table_privilege('"AuditLog"', 'DELETE') AS "delete",
             has_table_privilege('"AuditLog"', 'TRUNCATE') AS "truncate", has_table_privilege('"AuditLog"', 'TRIGGER') AS "trigger",
             has_table_privilege('"AuditLog"', 'REFERENCES') AS "references"`;
    expect(rights).toEqual({ update: false, delete: false, truncate: false, trigger: false, references: false });
    expect(await prisma.auditLog.findUnique({ where: { id: entry.id } })).toMatchObject({ purpose: "blijft staan" });
  });

  it("has no rights on Prisma's migration history", async () => {
    const [rights] = await prisma.$queryRaw<{ read: boolean; write: boolean }[]>`
      SELECT has_table_privilege('"_prisma_migrations"', 'SELECT') AS "read", has_table_privilege('"_prisma_migrations"', 'INSERT') AS "write"`;
    expect(rights).toEqual({ read: false, write: false });
  });
});
