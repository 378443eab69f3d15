/**
 * The detail step shared by both directions: take the index's top `limit`, load those rows, explain
 * each with the pure scorer, and drop the ones that may no longer be listed (deleted, consent revoked,
 * vacancy closed since the last sync). When rows were dropped the index is asked for a few more.
 * If an explained total differs from the index's (a change committed in between), the list is
 * re-sorted on the explained totals, which are what the page shows.
 */
import { compareRanked, type RankedId } from "./ranking";

const MAX_ROUNDS = 3;

export async function collectMatches<Row extends { id: string }, Match extends { total: number; id: string }>(input: {
  limit: number;
  rank: (want: number) => RankedId[];
  load: (ids: string[]) => Promise<Row[]>;
  /** The match for a loaded row, or null when it may not be listed. */
  explain: (row: Row) => Match | null;
  /** The record no longer exists: take it out of the index. */
  forget: (id: string) => void;
}): Promise<Match[]> {
  const rows = new Map<string, Row | null>();
  let want = input.limit;
  let matches: Match[] = [];
  let raced = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const ranked = input.rank(want);
    const missing = ranked.map((r) => r.id).filter((id) => !rows.has(id));
    if (missing.length > 0) {
      const loaded = new Map((await input.load(missing)).map((row) => [row.id, row]));
      for (const id of missing) rows.set(id, loaded.get(id) ?? null);
    }
    matches = [];
    raced = false;
    for (const { id, total } of ranked) {
      const row = rows.get(id);
      if (!row) {
        input.forget(id);
        continue;
      }
      const match = input.explain(row);
      if (!match) continue;
      if (match.total !== total) raced = true;
      matches.push(match);
    }
    if (matches.length >= input.limit || ranked.length < want) break;
    want = input.limit + 2 * (ranked.length - matches.length);
  }
  if (raced) matches.sort((a, b) => compareRanked(a, b));
  return matches.slice(0, input.limit);
}
