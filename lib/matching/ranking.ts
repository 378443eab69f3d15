/**
 * Who may appear in a ranking, the filters, and the order: score descending, then id ascending (a
 * stable key, so equal scores always come out the same way). Pure; the index applies the same rules
 * on typed arrays, and the brute-force reference (tests, bench) uses these functions directly.
 */
import type { CandidateMatchProfile, VacancyMatchProfile } from "./profiles";
import { isOpenVacancy } from "./profiles";
import { scoreMatch, type MatchContext, type MatchScore } from "./score-match";

export type CandidateFilters = {
  /** Only werkfit candidates. */
  workReadyOnly: boolean;
  /** Only candidates available on or before this day (an unknown date does not qualify). */
  availableByDay: number | null;
  /** Only candidates who wish to work in this work area. */
  workAreaId: string | null;
};

export type VacancyFilters = {
  /** Only vacancies in this work area. */
  workAreaId: string | null;
};

export const NO_CANDIDATE_FILTERS: CandidateFilters = { workReadyOnly: false, availableByDay: null, workAreaId: null };
export const NO_VACANCY_FILTERS: VacancyFilters = { workAreaId: null };

export function candidatePassesFilters(candidate: CandidateMatchProfile, filters: CandidateFilters): boolean {
  if (filters.workReadyOnly && !candidate.isWorkReady) return false;
  if (filters.availableByDay !== null && (candidate.availableFromDay === null || candidate.availableFromDay > filters.availableByDay)) return false;
  if (filters.workAreaId !== null && !candidate.workAreaIds.includes(filters.workAreaId)) return false;
  return true;
}

export function vacancyPassesFilters(vacancy: VacancyMatchProfile, filters: VacancyFilters): boolean {
  return filters.workAreaId === null || vacancy.workAreaId === filters.workAreaId;
}

/** A pair may be listed when the candidate shares with partners and has at least one required skill. */
export function isEligiblePair(candidate: CandidateMatchProfile, score: MatchScore): boolean {
  return candidate.sharesWithPartners && score.skills.matched.length > 0;
}

export type RankedId = { id: string; total: number };

export function compareRanked(a: RankedId, b: RankedId): number {
  if (a.total !== b.total) return b.total - a.total;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Keeps the best `limit` of a stream of ranked ids (for brute-force references over many profiles). */
export class RankedCollector {
  private items: RankedId[] = [];
  constructor(readonly limit: number) {}

  add(item: RankedId): void {
    this.items.push(item);
    if (this.items.length >= this.limit * 4 + 64) this.trim();
  }

  result(): RankedId[] {
    this.trim();
    return [...this.items];
  }

  private trim(): void {
    this.items.sort(compareRanked);
    this.items.length = Math.min(this.items.length, this.limit);
  }
}

/** Reference ranking of candidates for a vacancy: score everyone with the pure scorer, sort. */
export function rankCandidatesByBruteForce(
  vacancy: VacancyMatchProfile,
  candidates: Iterable<CandidateMatchProfile>,
  filters: CandidateFilters,
  context: MatchContext,
  limit: number,
  collector = new RankedCollector(limit),
): RankedId[] {
  for (const candidate of candidates) {
    if (!candidate.sharesWithPartners || !candidatePassesFilters(candidate, filters)) continue;
    const score = scoreMatch(candidate, vacancy, context);
    if (isEligiblePair(candidate, score)) collector.add({ id: candidate.id, total: score.total });
  }
  return collector.result();
}

/** Reference ranking of open vacancies for a candidate. */
export function rankVacanciesByBruteForce(
  candidate: CandidateMatchProfile,
  vacancies: Iterable<VacancyMatchProfile>,
  filters: VacancyFilters,
  context: MatchContext,
  limit: number,
  collector = new RankedCollector(limit),
): RankedId[] {
  if (!candidate.sharesWithPartners) return collector.result();
  for (const vacancy of vacancies) {
    if (!isOpenVacancy(vacancy) || !vacancyPassesFilters(vacancy, filters)) continue;
    const score = scoreMatch(candidate, vacancy, context);
    if (isEligiblePair(candidate, score)) collector.add({ id: vacancy.id, total: score.total });
  }
  return collector.result();
}
