import pg from "pg";

/** The role the portal connects as in demo mode, e2e and tests (decision 025); production names its own in DATABASE_URL. */
export const APP_ROLE = "werkcentrum_app";

/** Tables the portal may read and add to but never change: the audit log (append-only, finding 15.7). */
const APPEND_ONLY_TABLES = ["AuditLog"];
/** Tables the portal never touches at run time: the migration history belongs to the owner. */
const OWNER_ONLY_TABLES = ["_prisma_migrations"];

/** The same server and database as `ownerUrl`, signed in as `role` with `password`. */
export function appRoleUrl(ownerUrl: string, password: string, role: string = APP_ROLE): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/**
 * Run after `prisma migrate deploy`, connected as the owner of the schema (MIGRATION_DATABASE_URL): makes sure the
 * role named in `appUrl` (DATABASE_URL) exists and has exactly the rights the portal needs, and nothing that lets it
 * change or switch off the audit log. Idempotent; safe to run after every deploy.
 * - a missing role is created (LOGIN, the password from `appUrl`; needs CREATEROLE) — an existing one is left as the
 *   operator made it unless `setPassword` (demo mode and tests, which own their throw-away roles);
 * - SELECT/INSERT/UPDATE/DELETE on every table, USAGE on every sequence, but on the audit log only SELECT and
 *   INSERT, and nothing on `_prisma_migrations`; the same for tables later migrations add (default privileges);
 * - refuses (throws) when the app role is the owner itself, a superuser, may bypass row security, or owns or is a
 *   member of the owner of anything in the schema — each would let the portal disable the audit log's triggers.
 */
export async function ensureAppRole(ownerUrl: string, appUrl: string, options: { setPassword?: boolean } = {}): Promise<void> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  const password = decodeURIComponent(app.password);
  if (!role) throw new Error("DATABASE_URL noemt geen gebruiker (de app-rol).");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner: string; schema: string; database: string }>(
      "SELECT current_user::text AS owner, current_schema()::text AS schema, current_database()::text AS database",
    );
    const { owner, schema, database } = rows[0]!;
    if (role === owner) {
      throw new Error(`DATABASE_URL en MIGRATION_DATABASE_URL gebruiken dezelfde rol (${role}); de app moet een eigen rol hebben zonder eigenaarsrechten.`);
    }
    const id = client.escapeIdentifier(role);
    const existing = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (!existing.rowCount) {
      await client.query(`CREATE ROLE ${id} LOGIN PASSWORD ${client.escapeLiteral(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`);
    } else if (options.setPassword) {
      await client.query(`ALTER ROLE ${id} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
    }
    await assertNoOwnerPowers(client, role, owner, schema);

    const schemaId = client.escapeIdentifier(schema);
    const ownerId = client.escapeIdentifier(owner);
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${id}`);
    await client.query(`GRANT USAGE ON SCHEMA ${schemaId} TO ${id}`);
    await client.query(`REVOKE CREATE ON SCHEMA ${schemaId} FROM ${id}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schemaId} TO ${id}`);
    await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schemaId} TO ${id}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${ownerId} IN SCHEMA ${schemaId} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${id}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${ownerId} IN SCHEMA ${schemaId} GRANT USAGE ON SEQUENCES TO ${id}`);
    for (const table of APPEND_ONLY_TABLES) {
      await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${schemaId}.${client.escapeIdentifier(table)} FROM ${id}`);
    }
    for (const table of OWNER_ONLY_TABLES) {
      await client.query(`REVOKE ALL ON ${schemaId}.${client.escapeIdentifier(table)} FROM ${id}`);
    }
    await revokeCreateFromEveryone(client, schemaId);
  } finally {
    await client.end();
  }
}

async function assertNoOwnerPowers(client: pg.Client, role: string, owner: string, schema: string): Promise<void> {
  const { rows } = await client.query<{ superuser: boolean; bypassRls: boolean; memberOfOwner: boolean; owns: string | null }>(
    `SELECT r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls", pg_has_role($1, $2, 'MEMBER') AS "memberOfOwner",
            (SELECT string_agg(c.relname::text, ', ') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = $3 AND pg_has_role($1, c.relowner, 'MEMBER')) AS owns
     FROM pg_roles r WHERE r.rolname = $1`,
    [role, owner, schema],
  );
  const found = rows[0]!;
  const problems = [
    found.superuser && "is superuser",
    found.bypassRls && "mag rijbeveiliging omzeilen (BYPASSRLS)",
    found.memberOfOwner && `is lid van de eigenaarsrol ${owner}`,
    found.owns && `is eigenaar van ${found.owns}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`De app-rol ${role} heeft te veel rechten: ${problems.join("; ")}. Zie docs/decisions/025-least-privilege-database-role.md.`);
}

/**
 * Before PostgreSQL 15 every role may create objects in the public schema through PUBLIC. Only the schema's owner
 * can take that away; where the migration role is not that owner, say so rather than fail.
 */
async function revokeCreateFromEveryone(client: pg.Client, schemaId: string): Promise<void> {
  try {
    await client.query(`REVOKE CREATE ON SCHEMA ${schemaId} FROM PUBLIC`);
  } catch (error) {
    console.warn(`Kon CREATE op schema ${schemaId} niet van PUBLIC intrekken (${(error as Error).message}); doe dat als eigenaar van het schema.`);
  }
}
