import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ROLLUP_FACTS } from "../facts";
import { VACANCIES_FACT } from "../facts/vacancies-fact";
import { factSourceColumns, uncoveredReads, watchedColumns, type FactSources, type TableTriggers } from "./fact-source-columns";

/**
 * Decision 014: a roll-up stays exact only while a trigger invalidates it whenever something it
 * counts changes. The facts' SQL (lib/kpi/facts) and the triggers (migrations) are written apart;
 * this test ties them together: every column a fact reads must be watched by a trigger on its table,
 * read from the migrated database (pg_trigger, pg_proc.prosrc), not from the migration files.
 */

const TRIGGER_TYPE = { INSERT: 4, DELETE: 8, UPDATE: 16 } as const;
const FACT_IDS = ROLLUP_FACTS.map((fact) => fact.id);

type Database = { triggers: Map<string, TableTriggers>; primaryKeys: Map<string, Set<string>> };

async function readDatabase(): Promise<Database> {
  const triggerRows = await prisma.$queryRaw<{ table: string; type: number; source: string }[]>`
    SELECT c.relname::text AS "table", t.tgtype::int AS "type", p.prosrc AS "source"
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
    WHERE NOT t.tgisinternal AND p.proname LIKE 'kpi\\_rollup\\_%' AND pg_table_is_visible(c.oid)`;
  const functions = new Map(
    (
      await prisma.$queryRaw<{ name: string; source: string }[]>`
        SELECT p.proname::text AS "name", p.prosrc AS "source" FROM pg_proc p WHERE p.proname LIKE 'kpi\\_rollup\\_%' AND pg_function_is_visible(p.oid)`
    ).map((row) => [row.name, row.source]),
  );
  const columnRows = await prisma.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns WHERE table_schema = current_schema()`;
  const keyRows = await prisma.$queryRaw<{ table: string; column: string }[]>`
    SELECT c.relname::text AS "table", a.attname::text AS "column"
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
    WHERE i.indisprimary AND pg_table_is_visible(c.oid)`;

  const columnsOf = (table: string) => columnRows.filter((row) => row.table === table).map((row) => row.column);
  /** The function's source plus that of every kpi_rollup_* helper it calls, transitively. */
  const withHelpers = (source: string, seen = new Set<string>()): string =>
    [source, ...[...source.matchAll(/\b(kpi_rollup_\w+)\s*\(/g)].map((m) => m[1]!).filter((name) => !seen.has(name) && seen.add(name)).map((name) => withHelpers(functions.get(name) ?? "", seen))].join("\n");

  const triggers = new Map<string, TableTriggers>();
  for (const row of triggerRows) {
    const entry = triggers.get(row.table) ?? { events: new Set(), watchedOnUpdate: new Set<string>(), invalidates: new Set<string>() };
    for (const event of ["INSERT", "UPDATE", "DELETE"] as const) if (row.type & TRIGGER_TYPE[event]) entry.events.add(event);
    if (row.type & TRIGGER_TYPE.UPDATE) for (const column of watchedColumns(row.source, columnsOf(row.table))) entry.watchedOnUpdate.add(column);
    const reached = withHelpers(row.source);
    for (const id of FACT_IDS) if (reached.includes(`'${id}'`)) entry.invalidates.add(id);
    triggers.set(row.table, entry);
  }
  const primaryKeys = new Map<string, Set<string>>();
  for (const row of keyRows) primaryKeys.set(row.table, (primaryKeys.get(row.table) ?? new Set()).add(row.column));
  return { triggers, primaryKeys };
}

let database: Database;
beforeAll(async () => {
  database = await readDatabase();
});

describe("KPI roll-up triggers cover what the facts read", () => {
  it("finds the triggers of migration 20261201060000 (the check is not vacuous)", () => {
    expect([...database.triggers.keys()].sort()).toEqual(
      ["AftercareCheck", "Candidate", "CandidateTargetGroup", "Municipality", "Organisation", "Placement", "Proposal", "Question", "User", "Vacancy"].sort(),
    );
    expect([...database.triggers.get("Vacancy")!.watchedOnUpdate].sort()).toEqual(["createdAt", "occupationClassCode", "organisationId", "workAreaId"]);
    expect([...database.triggers.get("Candidate")!.watchedOnUpdate].sort()).toEqual(["municipalityCode", "ownerId"]);
  });

  for (const fact of ROLLUP_FACTS) {
    it(`${fact.id}: every column read is watched, on every table it reads`, () => {
      const sources = factSourceColumns(fact);
      expect(sources.size).toBeGreaterThan(0);
      expect(uncoveredReads(fact.id, sources, database.triggers, database.primaryKeys)).toEqual([]);
    });
  }

  it("fails when a fact reads a column no trigger watches, or a trigger stops watching one (meta-check)", () => {
    const sources = factSourceColumns(VACANCIES_FACT);
    const readsTitle: FactSources = new Map([...sources].map(([table, source]) => [table, { ...source, columns: new Set(source.columns) }]));
    readsTitle.get("Vacancy")!.columns.add("title");
    expect(uncoveredReads("vacancies", readsTitle, database.triggers, database.primaryKeys)).toEqual(['vacancies: reads "Vacancy"."title", which no trigger watches']);

    const vacancy = database.triggers.get("Vacancy")!;
    const narrowed = new Map(database.triggers).set("Vacancy", { ...vacancy, watchedOnUpdate: new Set([...vacancy.watchedOnUpdate].filter((c) => c !== "workAreaId")) });
    expect(uncoveredReads("vacancies", sources, narrowed, database.primaryKeys)).toEqual(['vacancies: reads "Vacancy"."workAreaId", which no trigger watches']);

    const noDelete = new Map(database.triggers).set("Vacancy", { ...vacancy, events: new Set(["INSERT", "UPDATE"] as const) });
    expect(uncoveredReads("vacancies", sources, noDelete, database.primaryKeys)).toEqual(['vacancies: "Vacancy" has no DELETE trigger']);

    const elsewhere = new Map(database.triggers).set("Vacancy", { ...vacancy, invalidates: new Set(["proposals"]) });
    expect(uncoveredReads("vacancies", sources, elsewhere, database.primaryKeys)).toEqual(["vacancies: the triggers on \"Vacancy\" never invalidate this fact"]);
  });
});
