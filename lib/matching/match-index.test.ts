import { describe, expect, it } from "vitest";
import { CandidateIndex } from "./candidate-index";
import { MatchCodebook } from "./codebook";
import type { CandidateMatchProfile } from "./profiles";
import { NO_CANDIDATE_FILTERS, rankCandidatesByBruteForce, rankVacanciesByBruteForce, type CandidateFilters } from "./ranking";
import { TEST_AREAS, TEST_TODAY, randomProfiles, seededRandom, testTravelTimes } from "./testing/random-profiles";
import { VacancyIndex } from "./vacancy-index";

const travelTimes = testTravelTimes();
const context = { today: TEST_TODAY, travelTimes };

function codebook() {
  const book = new MatchCodebook();
  book.setTravelTimes(travelTimes, TEST_AREAS);
  return book;
}

describe("the in-memory index equals the brute-force ranking", () => {
  const { candidates, vacancies } = randomProfiles(42, 3000, 800);

  it.each([
    ["", {}],
    [" (common skills scored last)", { commonListMin: 16 }],
  ])("for vacancy → candidates, with and without filters%s", (_, options) => {
    const index = new CandidateIndex(codebook(), options);
    for (const candidate of candidates) index.upsert(candidate);
    const random = seededRandom(9);
    const filterSets: CandidateFilters[] = [
      NO_CANDIDATE_FILTERS,
      { workReadyOnly: true, availableByDay: null, workAreaId: null },
      { workReadyOnly: false, availableByDay: TEST_TODAY, workAreaId: "area-g" },
      { workReadyOnly: false, availableByDay: null, workAreaId: "unknown-area" },
    ];
    for (const vacancy of vacancies.slice(0, 120)) {
      const filters = filterSets[Math.floor(random() * filterSets.length)]!;
      const limit = random() < 0.2 ? 500 : 50;
      expect(index.query(vacancy, filters, TEST_TODAY, limit)).toEqual(rankCandidatesByBruteForce(vacancy, candidates, filters, context, limit));
    }
  });

  it("for candidate → vacancies (open ones only), with and without a work-area filter", () => {
    const index = new VacancyIndex(codebook());
    for (const vacancy of vacancies) index.upsert(vacancy);
    for (const [i, candidate] of candidates.slice(0, 150).entries()) {
      const filters = { workAreaId: i % 3 === 0 ? "area-w" : null };
      expect(index.query(candidate, filters, TEST_TODAY, 50)).toEqual(rankVacanciesByBruteForce(candidate, vacancies, filters, context, 50));
    }
  });

  it("follows updates: changed skills, revoked consent and removal", () => {
    const profiles = new Map(candidates.slice(0, 1500).map((c) => [c.id, c]));
    const index = new CandidateIndex(codebook(), { commonListMin: 16 });
    for (const candidate of profiles.values()) index.upsert(candidate);
    const random = seededRandom(5);
    const ids = [...profiles.keys()];
    for (let round = 0; round < 30; round++) {
      for (let change = 0; change < 40; change++) {
        const id = ids[Math.floor(random() * ids.length)]!;
        const current = profiles.get(id);
        const roll = random();
        if (!current || roll < 0.1) {
          profiles.delete(id);
          index.remove(id);
          continue;
        }
        const donor = candidates[Math.floor(random() * candidates.length)]!;
        const next: CandidateMatchProfile =
          roll < 0.3
            ? { ...current, sharesWithPartners: !current.sharesWithPartners }
            : { ...current, skills: donor.skills, occupationClassCodes: donor.occupationClassCodes, isWorkReady: donor.isWorkReady };
        profiles.set(id, next);
        index.upsert(next);
      }
      const vacancy = vacancies[round]!;
      expect(index.query(vacancy, NO_CANDIDATE_FILTERS, TEST_TODAY, 50)).toEqual(
        rankCandidatesByBruteForce(vacancy, profiles.values(), NO_CANDIDATE_FILTERS, context, 50),
      );
    }
  });

  it("follows vacancy status changes", () => {
    const index = new VacancyIndex(codebook());
    const current = new Map(vacancies.map((v) => [v.id, v]));
    for (const vacancy of vacancies) index.upsert(vacancy);
    for (const vacancy of vacancies.slice(0, 300)) {
      const closed = { ...vacancy, status: vacancy.status === "CLOSED" ? ("IN_PROGRESS" as const) : ("CLOSED" as const) };
      current.set(vacancy.id, closed);
      index.upsert(closed);
    }
    for (const candidate of candidates.slice(0, 40)) {
      expect(index.query(candidate, { workAreaId: null }, TEST_TODAY, 50)).toEqual(
        rankVacanciesByBruteForce(candidate, current.values(), { workAreaId: null }, context, 50),
      );
    }
  });
});
