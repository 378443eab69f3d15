import { CandidateIndex } from "@/lib/matching/candidate-index";
import { MatchCodebook } from "@/lib/matching/codebook";
import { TEST_AREAS, testTravelTimes } from "@/lib/matching/testing/random-profiles";
const book = new MatchCodebook();
book.setTravelTimes(testTravelTimes(), TEST_AREAS);
const ci = new CandidateIndex(book);
const N = Number(process.env.N ?? 1_000_000);
let t = performance.now();
for (let i = 0; i < N; i++) {
  ci.upsert({ id: `bc${String(i).padStart(7, "0")}`, sharesWithPartners: true, skills: [{ skillCode: "a" + (i % 50), level: 2 }, { skillCode: "nl", level: 3 }, { skillCode: "b" + (i % 7), level: 1 }], occupationClassCodes: ["ZOR"], workAreaIds: ["area-h"], homeWorkAreaId: "area-h", hoursPerWeekMin: 8, hoursPerWeekMax: 16, maxTravelMinutes: 30, availableFromDay: 20000, isWorkReady: true, workReadySinceDay: null });
  if (i % 200000 === 0) console.log(i, (performance.now() - t).toFixed(0));
}
console.log("build", (performance.now() - t).toFixed(0));
