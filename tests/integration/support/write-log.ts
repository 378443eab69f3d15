import pg from "pg";
import { prisma } from "@/lib/db";

/**
 * Which tables changed, across every connection of the pool: a row-level trigger on each table of the test
 * database appends the table's name to an unlogged side table, which `drainWrites` reads and empties. A
 * transaction that is rolled back leaves no entry, exactly like the data it did not write. Test databases only.
 * Installed as the database owner (the portal's own role may create no tables or triggers, decision 025); the
 * owner's default privileges let the portal's role read and empty the side table.
 */
export async function installWriteLog(): Promise<void> {
  const owner = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await owner.connect();
  try {
    await installAsOwner(owner);
  } finally {
    await owner.end();
  }
}

async function installAsOwner(owner: pg.Client): Promise<void> {
  await owner.query(`CREATE UNLOGGED TABLE IF NOT EXISTS fuzz_write_log (table_name text NOT NULL, operation text NOT NULL)`);
  await owner.query(`
    CREATE OR REPLACE FUNCTION fuzz_log_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
    BEGIN
      INSERT INTO fuzz_write_log VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  const { rows: tables } = await owner.query<{ name: string }>(`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'fuzz_write_log')`);
  for (const { name } of tables) {
    await owner.query(`DROP TRIGGER IF EXISTS fuzz_write_log ON "${name}"`);
    await owner.query(`CREATE TRIGGER fuzz_write_log AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_log_write()`);
  }
}

/** The writes since the last drain, as "Table:OPERATION" → number of rows; empties the log. */
export async function drainWrites(): Promise<Map<string, number>> {
  const rows = await prisma.$queryRaw<{ table_name: string; operation: string }[]>`DELETE FROM fuzz_write_log RETURNING table_name, operation`;
  const writes = new Map<string, number>();
  for (const { table_name, operation } of rows) {
    const key = `${table_name}:${operation}`;
    writes.set(key, (writes.get(key) ?? 0) + 1);
  }
  return writes;
}
