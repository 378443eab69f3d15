import "server-only";
import { todayDay } from "./days";
import { freshCandidateIndex, matchReference, queryMatchDb } from "./match-index-store";
import type { MatchLabels } from "./match-reference";
import {
  CANDIDATE_DETAIL_SQL,
  VACANCY_DETAIL_SQL,
  candidateProfileOfRow,
  vacancyProfileOfRow,
  type CandidateDetailRow,
  type VacancyDetailRow,
} from "./profile-sql";
import type { CandidateMatchProfile, VacancyMatchProfile } from "./profiles";
import { candidatePassesFilters, compareRanked, isEligiblePair, type CandidateFilters } from "./ranking";
import { scoreMatch, type MatchScore } from "./score-match";

/** Extra candidates asked of the index, to fill in for any that the detail load drops. */
export const DETAIL_MARGIN = 5;

export type MatchedVacancy = { profile: VacancyMatchProfile; title: string; organisationName: string; organisationOwnerId: string };

export type CandidateMatch = {
  candidateId: string;
  ownerId: string | null;
  ownerName: string | null;
  profile: CandidateMatchProfile;
  score: MatchScore;
};

export type CandidateMatchResult = { vacancy: MatchedVacancy; matches: CandidateMatch[]; labels: MatchLabels };

/**
 * The core of vacancy → candidates, after authorization: the vacancy, the top `limit` from the
 * index, then the detail load of those candidates with the explainable scorer. The detail load
 * re-checks consent, so a candidate who revoked it since the last sync never appears; when a
 * detail total differs from the index's (a change committed in between) the list is re-sorted on the
 * explained totals, which are what the page shows. Reads go through matching's own pool: match
 * profiles only, no names or contact data (the caller reads names in its audited transaction).
 */
export async function matchCandidatesForVacancy(input: { vacancyId: string; filters: CandidateFilters; limit: number; today?: number },
): Promise<CandidateMatchResult | null> {
  const [[vacancyRow], index, reference] = await Promise.all([
    queryMatchDb<VacancyDetailRow>("match-vacancy-detail", VACANCY_DETAIL_SQL, [[input.vacancyId]]),
    freshCandidateIndex(),
    matchReference(),
  ]);
  if (!vacancyRow) return null;
  const vacancy: MatchedVacancy = {
    profile: vacancyProfileOfRow(vacancyRow),
    title: vacancyRow.title,
    organisationName: vacancyRow.organisationName,
    organisationOwnerId: vacancyRow.organisationOwnerId,
  };
  const today = input.today ?? todayDay();
  const ranked = index.query(vacancy.profile, input.filters, today, input.limit + DETAIL_MARGIN);
  if (ranked.length === 0) return { vacancy, matches: [], labels: reference.labels };

  const rows = await queryMatchDb<CandidateDetailRow>("match-candidate-detail", CANDIDATE_DETAIL_SQL, [ranked.map((r) => r.id)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const context = { today, travelTimes: reference.travelTimes };
  const matches: CandidateMatch[] = [];
  let raced = false;
  for (const { id, total } of ranked) {
    const row = byId.get(id);
    if (!row) {
      index.remove(id); // deleted since the index saw it
      continue;
    }
    const profile = candidateProfileOfRow(row);
    const score = scoreMatch(profile, vacancy.profile, context);
    if (!isEligiblePair(profile, score) || !candidatePassesFilters(profile, input.filters)) continue;
    if (score.total !== total) raced = true;
    matches.push({ candidateId: id, ownerId: row.ownerId, ownerName: row.ownerName, profile, score });
  }
  if (raced) matches.sort((a, b) => compareRanked({ id: a.candidateId, total: a.score.total }, { id: b.candidateId, total: b.score.total }));
  return { vacancy, matches: matches.slice(0, input.limit), labels: reference.labels };
}
