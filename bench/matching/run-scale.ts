/**
 * One scale of the matching bench (started by bench/run.ts with the react-server condition, so the
 * app's server-only modules load): a throw-away PostgreSQL, generated data, the index's first load,
 * then the fixed query mix through the functions the pages use (the core after authorization,
 * including the detail load from the database), and the brute-force check on a sample.
 *
 *   tsx --conditions=react-server bench/matching/run-scale.ts regional|national [--queries 200] [--sample 20]
 */
import pg from "pg";
import { percentile } from "../percentile";
import { startBenchDatabase } from "./bench-database";
import { SCALES, generateBenchData, type Scale } from "./generate";
import { buildQueryMix } from "./query-mix";
import { referenceCandidateRankings, referenceVacancyRankings } from "./reference-check";

const LIMIT = 50;
const TARGETS: Record<Scale["name"], { p95: number; max?: number; generationSeconds?: number }> = {
  regional: { p95: 10 },
  national: { p95: 50, max: 150, generationSeconds: 180 },
};

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const scale = SCALES[args[0] as Scale["name"]];
if (!scale) {
  console.error("Gebruik: run-scale.ts regional|national");
  process.exit(2);
}
const QUERIES = option("queries", 200);
const SAMPLE = option("sample", 20);
const WARMUP = 20;

const log = (line: string) => console.log(line);
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const ms = (value: number) => value.toFixed(1).padStart(7);
let failed = false;

log(`\n== matching, ${scale.name}: ${scale.candidates.toLocaleString("nl-NL")} kandidaten / ${scale.vacancies.toLocaleString("nl-NL")} vacatures ==`);
const database = await startBenchDatabase();
const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  const generated = await generateBenchData(client, scale, log);
  const rate = Math.round(generated.rows / generated.seconds);
  const generationTarget = TARGETS[scale.name].generationSeconds;
  log(
    `generation: ${generated.rows.toLocaleString("nl-NL")} rows in ${generated.seconds.toFixed(1)} s = ${rate.toLocaleString("nl-NL")} rows/s` +
      (generationTarget ? `   target < ${generationTarget} s: ${verdict(generated.seconds < generationTarget)}` : ""),
  );

  process.env.DATABASE_URL = database.url;
  process.env.LOG_LEVEL ??= "warn";
  const { warmMatchIndexes, resetMatchIndexes, matchReference } = await import("../../lib/matching/match-index-store");
  const { matchCandidatesForVacancy } = await import("../../lib/matching/match-candidates-for-vacancy");
  const { matchVacanciesForCandidate } = await import("../../lib/matching/match-vacancies-for-candidate");
  const { todayDay } = await import("../../lib/matching/days");

  const heapBefore = process.memoryUsage();
  let started = performance.now();
  await warmMatchIndexes("candidates");
  const candidateLoad = (performance.now() - started) / 1000;
  started = performance.now();
  await warmMatchIndexes("vacancies");
  const vacancyLoad = (performance.now() - started) / 1000;
  const heapAfter = process.memoryUsage();
  const megabytes = (heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) / 1_048_576;
  log(`index load: candidates ${candidateLoad.toFixed(1)} s, vacancies ${vacancyLoad.toFixed(1)} s, about ${Math.round(megabytes)} MB`);

  const today = todayDay();
  const mix = await buildQueryMix(client, scale, QUERIES, today);
  const runVacancy = (i: number) => {
    const query = mix.vacancies[i % mix.vacancies.length]!;
    return matchCandidatesForVacancy({ vacancyId: query.vacancyId, filters: query.filters, limit: LIMIT, today });
  };
  const runCandidate = (i: number) => {
    const query = mix.candidates[i % mix.candidates.length]!;
    return matchVacanciesForCandidate({ candidateId: query.candidateId, filters: query.filters, limit: LIMIT, today });
  };
  for (let i = 0; i < WARMUP; i++) {
    await runVacancy(QUERIES - 1 - i);
    await runCandidate(QUERIES - 1 - i);
  }

  const timings = { vacancy: [] as number[], candidate: [] as number[] };
  const vacancyResults = [];
  const candidateResults = [];
  let results = 0;
  // Alternate the directions, as several people using the page at once would.
  for (let i = 0; i < QUERIES; i++) {
    let t = performance.now();
    const byVacancy = await runVacancy(i);
    timings.vacancy.push(performance.now() - t);
    t = performance.now();
    const byCandidate = await runCandidate(i);
    timings.candidate.push(performance.now() - t);
    if (!byVacancy || !byCandidate) throw new Error("a bench vacancy or candidate is missing");
    results += byVacancy.matches.length + byCandidate.matches.length;
    if (i < SAMPLE) {
      vacancyResults.push(byVacancy);
      candidateResults.push(byCandidate);
    }
  }

  const target = TARGETS[scale.name];
  log(`direction                 queries   p50 ms   p95 ms   max ms   (top ${LIMIT}, ${results.toLocaleString("nl-NL")} result rows in total)`);
  for (const [label, values] of [["vacancy → candidates", timings.vacancy], ["candidate → vacancies", timings.candidate]] as const) {
    const p95 = percentile(values, 95);
    const max = Math.max(...values);
    const checks = [`p95 ≤ ${target.p95}: ${verdict(p95 <= target.p95)}`];
    if (target.max) checks.push(`max ≤ ${target.max}: ${verdict(max <= target.max)}`);
    log(`${label.padEnd(24)} ${String(values.length).padStart(8)} ${ms(percentile(values, 50))}  ${ms(p95)}  ${ms(max)}   ${checks.join("  ")}`);
  }

  started = performance.now();
  const { travelTimes } = await matchReference();
  const context = { today, travelTimes };
  const candidateReference = await referenceCandidateRankings(
    client,
    vacancyResults.map((result, i) => ({ vacancy: result.vacancy.profile, filters: mix.vacancies[i]!.filters })),
    context,
    LIMIT,
  );
  const vacancyReference = await referenceVacancyRankings(
    client,
    candidateResults.map((result, i) => ({ candidate: result.candidate, filters: mix.candidates[i]!.filters })),
    context,
    LIMIT,
  );
  const mismatches: string[] = [];
  vacancyResults.forEach((result, i) => {
    const got = JSON.stringify(result.matches.map((m) => ({ id: m.candidateId, total: m.score.total })));
    if (got !== JSON.stringify(candidateReference[i])) mismatches.push(`vacancy ${result.vacancy.profile.id}`);
  });
  candidateResults.forEach((result, i) => {
    const got = JSON.stringify(result.matches.map((m) => ({ id: m.vacancyId, total: m.score.total })));
    if (got !== JSON.stringify(vacancyReference[i])) mismatches.push(`candidate ${result.candidate.id}`);
  });
  const compared = vacancyResults.length + candidateResults.length;
  log(
    `brute-force check: ${compared - mismatches.length} of ${compared} sampled top-${LIMIT} lists equal the reference ranking ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s): ${verdict(mismatches.length === 0)}`,
  );
  if (mismatches.length > 0) {
    log(`  different: ${mismatches.join(", ")}`);
    failed = true;
  }
  await resetMatchIndexes();
} finally {
  await client.end();
  await database.stop();
}
process.exit(failed ? 1 : 0);
