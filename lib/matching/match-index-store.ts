import "server-only";
import pg from "pg";
import { logger } from "@/lib/logger";
import { CandidateIndex } from "./candidate-index";
import { MatchCodebook } from "./codebook";
import { loadMatchReference, type MatchReference } from "./match-reference";
import {
  CANDIDATE_BATCH_SQL,
  CANDIDATE_DETAIL_SQL,
  SNAPSHOT_XMIN_SQL,
  VACANCY_BATCH_SQL,
  VACANCY_DETAIL_SQL,
  candidateProfileOfRow,
  changedIdsSql,
  vacancyProfileOfRow,
  type CandidateProfileRow,
  type ChangedIdsRow,
  type VacancyProfileRow,
} from "./profile-sql";
import { VacancyIndex } from "./vacancy-index";

/**
 * The per-process matching indexes (a globalThis singleton, like the Prisma client). The first use
 * loads every profile in keyset batches; every later use first syncs: it re-reads the rows stamped
 * (matchVersion, set by triggers to the writing transaction's id) at or after the xmin of the
 * snapshot the previous sync's statement read in, which catches every commit that sync could not see.
 * Rows of hard-deleted records never come back, so a periodic count check rebuilds an index in the
 * background when the database holds fewer records than it does. See docs/decisions/005-matching.md.
 */

const BATCH_SIZE = 20_000;
/** Changed rows are re-read by id in chunks of this size. */
const SYNC_CHUNK = 5_000;
const CHECK_INTERVAL_MS = 60_000;

type Side<I> = {
  table: "Candidate" | "Vacancy";
  create: (codebook: MatchCodebook) => I;
  batchSql: string;
  detailSql: string;
  upsertRow: (index: I, row: never) => void;
};

const CANDIDATES: Side<CandidateIndex> = {
  table: "Candidate",
  create: (codebook) => new CandidateIndex(codebook),
  batchSql: CANDIDATE_BATCH_SQL,
  detailSql: CANDIDATE_DETAIL_SQL,
  upsertRow: (index, row: CandidateProfileRow) => index.upsert(candidateProfileOfRow(row)),
};

const VACANCIES: Side<VacancyIndex> = {
  table: "Vacancy",
  create: (codebook) => new VacancyIndex(codebook),
  batchSql: VACANCY_BATCH_SQL,
  detailSql: VACANCY_DETAIL_SQL,
  upsertRow: (index, row: VacancyProfileRow) => index.upsert(vacancyProfileOfRow(row)),
};

type Loaded<I> = { index: I; snapshotXmin: string; records: number };

class SyncedIndex<I extends { size: number; remove(id: string): void }> {
  private loaded: Loaded<I> | null = null;
  private loading: Promise<Loaded<I>> | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private lastCheck = Date.now();
  private rebuilding = false;

  constructor(
    private readonly store: Store,
    private readonly side: Side<I>,
  ) {}

  /** Loads the index once; later calls return at once. */
  async warm(): Promise<I> {
    if (this.loaded) return this.loaded.index;
    this.loading ??= this.load().finally(() => (this.loading = null));
    this.loaded = await this.loading;
    return this.loaded.index;
  }

  /** The index, including every change committed before this call. */
  async fresh(): Promise<I> {
    await this.warm();
    await this.syncStartingNow();
    this.refreshEveryMinute();
    return this.loaded!.index;
  }

  /** A sync that begins after this call: join the queued one if a sync is already running. */
  private syncStartingNow(): Promise<void> {
    if (!this.running) {
      this.running = this.sync().finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.syncStartingNow();
      });
    return this.queued;
  }

  private async sync(): Promise<void> {
    const loaded = this.loaded!;
    const { table } = this.side;
    const { rows } = await this.store.pool.query<ChangedIdsRow>(changedIdsSql(table, loaded.snapshotXmin));
    const { snapshotXmin, ids } = rows[0]!;
    for (let at = 0; at < ids.length; at += SYNC_CHUNK) {
      const chunk = ids.slice(at, at + SYNC_CHUNK);
      const found = await this.store.pool.query<{ id: string }>({ name: `match-detail-${table}`, text: this.side.detailSql, values: [chunk] });
      for (const row of found.rows) this.side.upsertRow(loaded.index, row as never);
      if (found.rows.length < chunk.length) {
        const present = new Set(found.rows.map((row) => row.id));
        for (const id of chunk) if (!present.has(id)) loaded.index.remove(id); // deleted in the meantime
      }
    }
    loaded.snapshotXmin = snapshotXmin;
  }

  private async load(): Promise<Loaded<I>> {
    const started = performance.now();
    const index = this.side.create(await this.store.codebook());
    // A connection of its own with ordinary (custom) planning for the keyset batches.
    const client = new pg.Client({ connectionString: this.store.databaseUrl });
    client.on("error", (error) => logger.warn({ err: error, table: this.side.table }, "matching index load connection lost"));
    await client.connect();
    try {
      // Read before the first batch: an earlier xmin is never higher, so the first sync re-reads
      // everything committed while the batches ran.
      const { rows } = await client.query<{ snapshotXmin: string }>(SNAPSHOT_XMIN_SQL);
      const fetchAfter = (last: string) => client.query<{ id: string }>(this.side.batchSql, [last, BATCH_SIZE]);
      let pending = fetchAfter("");
      for (;;) {
        const { rows: batch } = await pending;
        // The database prepares the next batch while this one goes into the index.
        if (batch.length === BATCH_SIZE) pending = fetchAfter(batch[batch.length - 1]!.id);
        for (const row of batch) this.side.upsertRow(index, row as never);
        if (batch.length < BATCH_SIZE) break;
      }
      logger.info({ table: this.side.table, records: index.size, ms: Math.round(performance.now() - started) }, "matching index loaded");
      return { index, snapshotXmin: rows[0]!.snapshotXmin, records: index.size };
    } finally {
      await client.end();
    }
  }

  /**
   * Once a minute, in the background: refresh the reference data, and since hard deletes leave no
   * stamped row, rebuild when the table holds fewer rows than the index has slots.
   */
  private refreshEveryMinute(): void {
    if (this.rebuilding || Date.now() - this.lastCheck < CHECK_INTERVAL_MS) return;
    this.lastCheck = Date.now();
    this.rebuilding = true;
    void (async () => {
      // Travel times and names may have been edited by an admin.
      await this.store.refreshReference();
      const { rows } = await this.store.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${this.side.table}"`);
      if (rows[0]!.count >= this.loaded!.index.size) return;
      this.loaded = await this.load();
    })()
      .catch((error: unknown) => logger.error({ err: error, table: this.side.table }, "matching index check failed"))
      .finally(() => (this.rebuilding = false));
  }
}

class Store {
  readonly pool: pg.Pool;
  private reference: Promise<MatchReference> | null = null;
  private book: MatchCodebook | null = null;
  readonly candidates: SyncedIndex<CandidateIndex>;
  readonly vacancies: SyncedIndex<VacancyIndex>;

  constructor(readonly databaseUrl: string) {
    // A small pool of its own: the first load streams for seconds and must not hold the app's connections.
    // Generic plans: the statements by id plan once per connection instead of on every call.
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 3, options: "-c plan_cache_mode=force_generic_plan" });
    // An idle connection the server closed must not crash the process; the pool opens a new one.
    this.pool.on("error", (error) => logger.warn({ err: error }, "matching index connection lost"));
    this.candidates = new SyncedIndex(this, CANDIDATES);
    this.vacancies = new SyncedIndex(this, VACANCIES);
  }

  matchReference(): Promise<MatchReference> {
    this.reference ??= loadMatchReference(this.pool).catch((error: unknown) => {
      this.reference = null;
      throw error;
    });
    return this.reference;
  }

  async codebook(): Promise<MatchCodebook> {
    const reference = await this.matchReference();
    if (!this.book) {
      this.book = new MatchCodebook();
      this.book.setTravelTimes(reference.travelTimes, reference.workAreaIds);
    }
    return this.book;
  }

  async refreshReference(): Promise<void> {
    const reference = await loadMatchReference(this.pool);
    this.reference = Promise.resolve(reference);
    this.book?.setTravelTimes(reference.travelTimes, reference.workAreaIds);
  }
}

const globalForMatching = globalThis as unknown as { matchIndexStore?: Store };

function store(): Store {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL ontbreekt");
  if (globalForMatching.matchIndexStore?.databaseUrl !== url) globalForMatching.matchIndexStore = new Store(url);
  return globalForMatching.matchIndexStore;
}

/** The candidate index, synced with every commit before this call. */
export function freshCandidateIndex(): Promise<CandidateIndex> {
  return store().candidates.fresh();
}

export function freshVacancyIndex(): Promise<VacancyIndex> {
  return store().vacancies.fresh();
}

/** Makes sure the first load has happened (call before a short database transaction). */
export async function warmMatchIndexes(which: "candidates" | "vacancies" | "both" = "both"): Promise<void> {
  if (which !== "vacancies") await store().candidates.warm();
  if (which !== "candidates") await store().vacancies.warm();
}

/**
 * A read through matching's own pool (profiles and details; never names or contact data), as a
 * named prepared statement so each connection plans it once.
 */
export async function queryMatchDb<Row>(name: string, sql: string, params: unknown[]): Promise<Row[]> {
  return (await store().pool.query({ name, text: sql, values: params })).rows as Row[];
}

export function matchReference(): Promise<MatchReference> {
  return store().matchReference();
}

/**
 * Re-reads the names matching shows (skills, occupation classes, areas) and the travel times now, when
 * this process has loaded them; an admin's rename is then visible at once instead of within a minute.
 */
export async function refreshMatchReference(): Promise<void> {
  await globalForMatching.matchIndexStore?.refreshReference();
}

/** The work areas for the filter forms, by name. */
export async function matchWorkAreas(): Promise<{ id: string; name: string }[]> {
  const { labels } = await store().matchReference();
  return [...labels.workAreas].map(([id, name]) => ({ id, name }));
}

/** Tests: forget the indexes (the next use loads again). */
export async function resetMatchIndexes(): Promise<void> {
  const current = globalForMatching.matchIndexStore;
  globalForMatching.matchIndexStore = undefined;
  await current?.pool.end();
}
