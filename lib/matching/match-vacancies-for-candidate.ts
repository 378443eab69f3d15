import "server-only";
import { todayDay } from "./days";
import { DETAIL_MARGIN } from "./match-candidates-for-vacancy";
import { freshVacancyIndex, matchReference, queryMatchDb } from "./match-index-store";
import type { MatchLabels } from "./match-reference";
import {
  CANDIDATE_DETAIL_SQL,
  VACANCY_DETAIL_SQL,
  candidateProfileOfRow,
  vacancyProfileOfRow,
  type CandidateDetailRow,
  type VacancyDetailRow,
} from "./profile-sql";
import { isOpenVacancy, type CandidateMatchProfile, type VacancyMatchProfile } from "./profiles";
import { compareRanked, isEligiblePair, vacancyPassesFilters, type VacancyFilters } from "./ranking";
import { scoreMatch, type MatchScore } from "./score-match";

export type VacancyMatch = {
  vacancyId: string;
  title: string;
  organisationName: string;
  profile: VacancyMatchProfile;
  score: MatchScore;
};

export type VacancyMatchResult = { candidate: CandidateMatchProfile; matches: VacancyMatch[]; labels: MatchLabels };

/**
 * The core of candidate → vacancies, after authorization: the candidate's profile, the top `limit`
 * open vacancies from the index, then their detail load with the explainable scorer (as
 * matchCandidatesForVacancy, also through matching's own pool). A candidate who does not share with
 * partners gets no matches.
 */
export async function matchVacanciesForCandidate(input: { candidateId: string; filters: VacancyFilters; limit: number; today?: number },
): Promise<VacancyMatchResult | null> {
  const [[candidateRow], index, reference] = await Promise.all([
    queryMatchDb<CandidateDetailRow>("match-candidate-detail", CANDIDATE_DETAIL_SQL, [[input.candidateId]]),
    freshVacancyIndex(),
    matchReference(),
  ]);
  if (!candidateRow) return null;
  const candidate = candidateProfileOfRow(candidateRow);
  if (!candidate.sharesWithPartners) return { candidate, matches: [], labels: reference.labels };

  const today = input.today ?? todayDay();
  const ranked = index.query(candidate, input.filters, today, input.limit + DETAIL_MARGIN);
  if (ranked.length === 0) return { candidate, matches: [], labels: reference.labels };

  const rows = await queryMatchDb<VacancyDetailRow>("match-vacancy-detail", VACANCY_DETAIL_SQL, [ranked.map((r) => r.id)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const context = { today, travelTimes: reference.travelTimes };
  const matches: VacancyMatch[] = [];
  let raced = false;
  for (const { id, total } of ranked) {
    const row = byId.get(id);
    if (!row) {
      index.remove(id);
      continue;
    }
    const profile = vacancyProfileOfRow(row);
    const score = scoreMatch(candidate, profile, context);
    if (!isOpenVacancy(profile) || !isEligiblePair(candidate, score) || !vacancyPassesFilters(profile, input.filters)) continue;
    if (score.total !== total) raced = true;
    matches.push({ vacancyId: id, title: row.title, organisationName: row.organisationName, profile, score });
  }
  if (raced) matches.sort((a, b) => compareRanked({ id: a.vacancyId, total: a.score.total }, { id: b.vacancyId, total: b.score.total }));
  return { candidate, matches: matches.slice(0, input.limit), labels: reference.labels };
}
