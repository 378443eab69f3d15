/**
 * The bench's correctness check: the brute-force reference ranking for a sample of queries. Every
 * profile is streamed from the database once and scored with the pure scorer against all sampled
 * queries at the same time; ties are broken by id, exactly as the specification says.
 */
import type pg from "pg";
import {
  CANDIDATE_BATCH_SQL,
  VACANCY_BATCH_SQL,
  candidateProfileOfRow,
  vacancyProfileOfRow,
  type CandidateProfileRow,
  type VacancyProfileRow,
} from "../../lib/matching/profile-sql";
import type { CandidateMatchProfile, VacancyMatchProfile } from "../../lib/matching/profiles";
import {
  RankedCollector,
  rankCandidatesByBruteForce,
  rankVacanciesByBruteForce,
  type CandidateFilters,
  type RankedId,
  type VacancyFilters,
} from "../../lib/matching/ranking";
import type { MatchContext } from "../../lib/matching/score-match";

const BATCH = 20_000;

async function* batches<Row extends { id: string }>(client: pg.Client, sql: string): AsyncGenerator<Row[]> {
  let last = "";
  for (;;) {
    const { rows } = await client.query<Row>(sql, [last, BATCH]);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1]!.id;
  }
}

export async function referenceCandidateRankings(
  client: pg.Client,
  queries: { vacancy: VacancyMatchProfile; filters: CandidateFilters }[],
  context: MatchContext,
  limit: number,
): Promise<RankedId[][]> {
  const collectors = queries.map(() => new RankedCollector(limit));
  for await (const rows of batches<CandidateProfileRow>(client, CANDIDATE_BATCH_SQL)) {
    const profiles: CandidateMatchProfile[] = rows.map(candidateProfileOfRow);
    queries.forEach((query, i) => rankCandidatesByBruteForce(query.vacancy, profiles, query.filters, context, limit, collectors[i]));
  }
  return collectors.map((collector) => collector.result());
}

export async function referenceVacancyRankings(
  client: pg.Client,
  queries: { candidate: CandidateMatchProfile; filters: VacancyFilters }[],
  context: MatchContext,
  limit: number,
): Promise<RankedId[][]> {
  const collectors = queries.map(() => new RankedCollector(limit));
  for await (const rows of batches<VacancyProfileRow>(client, VACANCY_BATCH_SQL)) {
    const profiles: VacancyMatchProfile[] = rows.map(vacancyProfileOfRow);
    queries.forEach((query, i) => rankVacanciesByBruteForce(query.candidate, profiles, query.filters, context, limit, collectors[i]));
  }
  return collectors.map((collector) => collector.result());
}
