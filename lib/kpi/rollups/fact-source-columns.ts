import type { RollupFact } from "./fact";

/** How a fact reaches a table: counted rows (FROM, also in a subquery) or joined for a dimension (JOIN). */
export type SourceTable = { via: "from" | "join"; columns: Set<string> };
export type FactSources = Map<string, SourceTable>;

const SAMPLE_NOW = new Date("2025-01-15T12:00:00Z");
const NOT_AN_ALIAS = new Set(["where", "on", "join", "left", "right", "inner", "outer", "cross", "full", "group", "order", "limit", "using", "and", "or", "as"]);

/** Every piece of SQL text the fact's definition produces: WITH, FROM, WHERE, period, dimensions, measures, validUntil. */
export function factSqlText(fact: RollupFact): string {
  return [
    fact.with?.({ from: SAMPLE_NOW, to: SAMPLE_NOW }).sql,
    fact.from.sql,
    ...(fact.where?.(SAMPLE_NOW) ?? []).map((part) => part.sql),
    fact.periodColumn,
    ...Object.values(fact.dimensions),
    ...fact.measures(SAMPLE_NOW).map((measure) => measure.sql.sql),
    fact.validUntil?.(SAMPLE_NOW).sql,
  ]
    .filter((part): part is string => part !== undefined)
    .join("\n");
}

/**
 * The source columns a fact reads, per table, derived from its SQL text: every `FROM "Table" alias` /
 * `JOIN "Table" alias` gives an alias, every `alias."column"` (or `alias.column`) a column read. A
 * table without an alias cannot be checked, so it is refused. Aliases of CTEs and LATERAL subqueries
 * (not quoted tables) are not source tables and are skipped.
 */
export function factSourceColumns(fact: RollupFact): FactSources {
  return sourceColumnsOf(factSqlText(fact));
}

export function sourceColumnsOf(sql: string): FactSources {
  const aliases = new Map<string, string>();
  const sources: FactSources = new Map();
  for (const match of sql.matchAll(/\b(FROM|JOIN)\s+"(\w+)"(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const [, keyword, table, alias] = match as unknown as [string, string, string, string | undefined];
    if (!alias || NOT_AN_ALIAS.has(alias.toLowerCase())) throw new Error(`"${table}" has no alias in a fact's SQL: give it one so its columns can be checked`);
    if (aliases.has(alias) && aliases.get(alias) !== table) throw new Error(`alias ${alias} is used for both "${aliases.get(alias)}" and "${table}"`);
    aliases.set(alias, table);
    const source = sources.get(table) ?? { via: "join", columns: new Set<string>() };
    if (keyword.toUpperCase() === "FROM") source.via = "from";
    sources.set(table, source);
  }
  for (const match of sql.matchAll(/\b([A-Za-z_]\w*)\.(?:"(\w+)"|([a-z_]\w*))/g)) {
    const [, alias, quoted, bare] = match as unknown as [string, string, string | undefined, string | undefined];
    const table = aliases.get(alias);
    if (table) sources.get(table)!.columns.add(quoted ?? bare!);
  }
  return sources;
}

/** What the invalidation triggers of one table watch, read from the database. */
export type TableTriggers = {
  events: Set<"INSERT" | "UPDATE" | "DELETE">;
  /** Columns whose change (on UPDATE) invalidates roll-ups; every column when an update always does. */
  watchedOnUpdate: Set<string>;
  /** The fact ids the table's trigger functions (and the kpi_rollup_* helpers they call) invalidate. */
  invalidates: Set<string>;
};

/**
 * Every way a fact's reads escape the triggers: a column read that no UPDATE trigger on its table
 * watches (primary keys aside: they are join keys and never updated), a table counted by FROM without
 * INSERT/UPDATE/DELETE triggers, a table joined without an UPDATE trigger, and a table whose triggers
 * never invalidate this fact.
 */
export function uncoveredReads(factId: string, sources: FactSources, triggers: ReadonlyMap<string, TableTriggers>, primaryKeys: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const found: string[] = [];
  for (const [table, source] of sources) {
    const watch = triggers.get(table);
    const needed = source.via === "from" ? (["INSERT", "UPDATE", "DELETE"] as const) : (["UPDATE"] as const);
    for (const event of needed) if (!watch?.events.has(event)) found.push(`${factId}: "${table}" has no ${event} trigger`);
    if (watch && !watch.invalidates.has(factId)) found.push(`${factId}: the triggers on "${table}" never invalidate this fact`);
    for (const column of source.columns) {
      if (primaryKeys.get(table)?.has(column)) continue;
      if (!watch?.watchedOnUpdate.has(column)) found.push(`${factId}: reads "${table}"."${column}", which no trigger watches`);
    }
  }
  return found;
}

/**
 * The columns an UPDATE trigger function compares between old and new rows: the `n."column"` parts
 * of its `… IS DISTINCT FROM …` conditions (n = the alias of new_rows). A function without such a
 * condition invalidates on every update, so it watches every column (`allColumns`).
 */
export function watchedColumns(functionSource: string, allColumns: readonly string[]): Set<string> {
  const newAliases = new Set([...functionSource.matchAll(/new_rows\s+(?:AS\s+)?(\w+)/gi)].map((match) => match[1]!));
  const comparisons = [...functionSource.matchAll(/(\([^()]*\)|\w+\."\w+")\s+IS DISTINCT FROM/gi)].map((match) => match[1]!);
  if (comparisons.length === 0) return new Set(allColumns);
  const watched = new Set<string>();
  for (const comparison of comparisons) {
    for (const match of comparison.matchAll(/\b(\w+)\."(\w+)"/g)) if (newAliases.has(match[1]!)) watched.add(match[2]!);
  }
  return watched;
}
