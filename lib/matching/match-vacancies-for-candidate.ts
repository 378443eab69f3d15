import "server-only";
import { todayDay } from "./days";
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
import { collectMatches } from "./collect-matches";
import { isEligiblePair, vacancyPassesFilters, type VacancyFilters } from "./ranking";
import { scoreMatch, type MatchScore } from "./score-match";

export type VacancyMatch = {
  id: string;
  total: number;
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
  const context = { today, travelTimes: reference.travelTimes };
  const matches = await collectMatches({
    limit: input.limit,
    rank: (want) => index.query(candidate, input.filters, today, want),
    load: (ids) => queryMatchDb<VacancyDetailRow>("match-vacancy-detail", VACANCY_DETAIL_SQL, [ids]),
    forget: (id) => index.remove(id),
    explain: (row): VacancyMatch | null => {
      const profile = vacancyProfileOfRow(row);
      const score = scoreMatch(candidate, profile, context);
      if (!isOpenVacancy(profile) || !isEligiblePair(candidate, score) || !vacancyPassesFilters(profile, input.filters)) return null;
      return { id: row.id, total: score.total, vacancyId: row.id, title: row.title, organisationName: row.organisationName, profile, score };
    },
  });
  return { candidate, matches, labels: reference.labels };
}
