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
import { collectMatches } from "./collect-matches";
import { candidatePassesFilters, isEligiblePair, type CandidateFilters } from "./ranking";
import { scoreMatch, type MatchScore } from "./score-match";

export type MatchedVacancy = { profile: VacancyMatchProfile; title: string; organisationName: string; organisationOwnerId: string };

export type CandidateMatch = {
  id: string;
  total: number;
  candidateId: string;
  ownerId: string | null;
  ownerName: string | null;
  profile: CandidateMatchProfile;
  score: MatchScore;
};

export type CandidateMatchResult = { vacancy: MatchedVacancy; matches: CandidateMatch[]; labels: MatchLabels };

/**
 * The core of vacancy → candidates, after authorization: the vacancy, the top `limit` from the
 * index, then the detail load of those candidates with the explainable scorer (collect-matches.ts;
 * it re-checks consent, so a candidate who revoked it since the last sync never appears). Reads go
 * through matching's own pool: match profiles only, no names or contact data (the caller reads
 * names in its audited transaction).
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
  const context = { today, travelTimes: reference.travelTimes };
  const matches = await collectMatches({
    limit: input.limit,
    rank: (want) => index.query(vacancy.profile, input.filters, today, want),
    load: (ids) => queryMatchDb<CandidateDetailRow>("match-candidate-detail", CANDIDATE_DETAIL_SQL, [ids]),
    forget: (id) => index.remove(id),
    explain: (row): CandidateMatch | null => {
      const profile = candidateProfileOfRow(row);
      const score = scoreMatch(profile, vacancy.profile, context);
      if (!isEligiblePair(profile, score) || !candidatePassesFilters(profile, input.filters)) return null;
      return { id: row.id, total: score.total, candidateId: row.id, ownerId: row.ownerId, ownerName: row.ownerName, profile, score };
    },
  });
  return { vacancy, matches, labels: reference.labels };
}
