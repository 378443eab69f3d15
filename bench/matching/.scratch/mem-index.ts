import { CandidateIndex } from "@/lib/matching/candidate-index";
import { VacancyIndex } from "@/lib/matching/vacancy-index";
import { MatchCodebook } from "@/lib/matching/codebook";
import { randomProfiles, TEST_AREAS, testTravelTimes, TEST_TODAY } from "@/lib/matching/testing/random-profiles";
const { candidates, vacancies } = randomProfiles(1, Number(process.env.N ?? 1_000_000), 400_000);
// Make the common skill very common and ids sorted
candidates.sort((a, b) => (a.id < b.id ? -1 : 1));
const book = new MatchCodebook();
book.setTravelTimes(testTravelTimes(), TEST_AREAS);
let t = performance.now();
const ci = new CandidateIndex(book);
for (const c of candidates) ci.upsert(c);
console.log("build c", (performance.now() - t).toFixed(0));
t = performance.now();
const vi = new VacancyIndex(book);
for (const v of vacancies) vi.upsert(v);
console.log("build v", (performance.now() - t).toFixed(0));
const F = { workReadyOnly: false, availableByDay: null, workAreaId: null };
const times: number[] = [];
for (let i = 0; i < 200; i++) { const s = performance.now(); ci.query(vacancies[i]!, F, TEST_TODAY, 55); times.push(performance.now() - s); }
times.sort((a, b) => a - b); console.log("v→c p50", times[100]!.toFixed(2), "p95", times[190]!.toFixed(2), "max", times[199]!.toFixed(2));
const t2: number[] = [];
for (let i = 0; i < 200; i++) { const s = performance.now(); vi.query(candidates[i * 17]!, { workAreaId: null }, TEST_TODAY, 55); t2.push(performance.now() - s); }
t2.sort((a, b) => a - b); console.log("c→v p50", t2[100]!.toFixed(2), "p95", t2[190]!.toFixed(2), "max", t2[199]!.toFixed(2));
