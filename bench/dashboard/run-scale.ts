/**
 * One scale of the dashboard bench (started by bench/run.ts with the react-server condition, so the
 * app's server-only modules load): a throw-away PostgreSQL with the matching bench data plus a year
 * of activity (generate-activity.ts), then the KPI dashboard's data function — what the first screen
 * of /dashboard waits for — as a regional staff member over a fixed query mix. Rendering the page on
 * top of it is not measured here.
 *
 *   tsx --conditions=react-server bench/dashboard/run-scale.ts regional|national [--calls 100] [--warmup 10] [--suwi-calls 20] [--generate-only] [--hold]
 *
 * --hold keeps the database running at the end (its URL is printed) for EXPLAIN ANALYZE by hand; Ctrl-C stops it.
 */
import pg from "pg";
import type { DashboardFilters } from "../../lib/dashboard/filters";
import { percentile } from "../percentile";
import { startBenchDatabase } from "../matching/bench-database";
import { SCALES, generateBenchData, type Scale } from "../matching/generate";
import { STAFF_USER_ID, generateDashboardActivity } from "./generate-activity";
import { buildDashboardMix } from "./query-mix";

const P95_TARGET_MS = 1000;
class GenerateOnly extends Error {}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const scale = SCALES[args[0] as Scale["name"]];
if (!scale) {
  console.error("Gebruik: run-scale.ts regional|national [--calls 100] [--warmup 10] [--generate-only]");
  process.exit(2);
}
const CALLS = option("calls", 100);
const WARMUP = option("warmup", 10);
const BREAKDOWN_RUNS = 5;
const SUWI_CALLS = option("suwi-calls", 20);

const log = (line: string) => console.log(line);
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const ms = (value: number) => value.toFixed(1).padStart(8);
const thousands = (n: number) => n.toLocaleString("nl-NL");
let failed = false;

log(`\n== dashboard, ${scale.name}: ${thousands(scale.candidates)} kandidaten / ${thousands(scale.vacancies)} vacatures / ${thousands(scale.organisations)} werkgevers + een jaar activiteit ==`);
const now = new Date();
// --database-url reuses a database kept by an earlier `--hold` run (no generation; for tuning).
const reuseAt = args.indexOf("--database-url");
const database = reuseAt >= 0 ? { url: args[reuseAt + 1]!, stop: async () => undefined } : await startBenchDatabase();
const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  if (reuseAt < 0) {
    const base = await generateBenchData(client, scale, log);
    log(`base data (matching bench): ${thousands(base.rows)} rows in ${base.seconds.toFixed(1)} s`);
    const activity = await generateDashboardActivity(client, scale, now, log);
    const rate = Math.round(activity.rows / activity.seconds);
    log(`activity: ${thousands(activity.rows)} rows in ${activity.seconds.toFixed(1)} s = ${thousands(rate)} rows/s`);
  }
  await printSanity(client);
  if (args.includes("--generate-only")) throw new GenerateOnly();

  process.env.DATABASE_URL = database.url;
  process.env.LOG_LEVEL ??= "warn";
  const { getKpiDashboard, getKpiHeadline } = await import("../../lib/kpi/get-kpi-dashboard");
  const { prisma } = await import("../../lib/db");
  const actor = { userId: STAFF_USER_ID, role: "REGIONAL_STAFF" as const, name: "Regiostaf Bench", organisationId: null, partnerOrganisationId: null };
  const round = await buildDashboardMix(client, now);

  // The kpi.refreshRollups job (lib/kpi/rollups): first its full build, then a busy ten minutes of
  // changes to recent rows (the days they touch are computed live until the next run), so the timed
  // mix below reads roll-ups, dirty days and today live — as a dashboard between two job runs would.
  const { refreshKpiRollups } = await import("../../lib/kpi/rollups/refresh-kpi-rollups");
  const built = performance.now();
  const build = await refreshKpiRollups(now);
  log(`roll-ups built (kpi.refreshRollups, first run): ${thousands(build.days ?? 0)} days, ${thousands(build.months ?? 0)} months in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  const dirty = await simulateTenBusyMinutes(client, now);
  log(`ten busy minutes of changes: ${dirty.changes} rows changed, ${dirty.days} days of roll-ups invalidated (read live until the next run)`);

  const started = performance.now();
  const firstCall = await getKpiDashboard(actor, round[0]!.filters, { now });
  log(`first call (cold, whole dashboard): ${(performance.now() - started).toFixed(0)} ms, ${firstCall.tables.length} tables, ` +
    `${thousands(firstCall.tables.reduce((sum, table) => sum + table.rows.length, 0))} table rows`);
  for (let i = 0; i < WARMUP; i++) await getKpiHeadline(actor, round[(i * 7) % round.length]!.filters, { now });

  // The first screen of /dashboard is what the page awaits before it sends anything: getKpiHeadline
  // (the headline figures; the other tables stream in after it). The whole dashboard is timed too.
  const timeMix = async (label: string, fn: (filters: DashboardFilters) => Promise<unknown>) => {
    const byLabel = new Map<string, number[]>();
    const all: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const item = round[i % round.length]!;
      const t = performance.now();
      await fn(item.filters);
      const elapsed = performance.now() - t;
      all.push(elapsed);
      byLabel.set(item.label, [...(byLabel.get(item.label) ?? []), elapsed]);
    }
    log(`${label} (${CALLS} calls, as REGIONAL_STAFF)`.padEnd(60) + "  calls   p50 ms   p95 ms   max ms");
    for (const [name, values] of byLabel) {
      log(`  ${name.padEnd(52)} ${String(values.length).padStart(5)} ${ms(percentile(values, 50))} ${ms(percentile(values, 95))} ${ms(Math.max(...values))}`);
    }
    log(`  ${"all".padEnd(52)} ${String(all.length).padStart(5)} ${ms(percentile(all, 50))} ${ms(percentile(all, 95))} ${ms(Math.max(...all))}`);
    return percentile(all, 95);
  };
  const firstP95 = await timeMix("first screen: headline figures (getKpiHeadline)", (filters) => getKpiHeadline(actor, filters, { now }));
  const overallP95 = await timeMix("whole dashboard, all 17 tables (getKpiDashboard, informational)", (filters) => getKpiDashboard(actor, filters, { now }));
  const ok = firstP95 <= P95_TARGET_MS;

  // Where the time goes: each aggregate alone (the dashboard runs them in parallel), first screen filters.
  const { KPI_QUERIES } = await import("../../lib/kpi/tables");
  log(`per aggregate, alone, first screen filters (${BREAKDOWN_RUNS} runs)             p50 ms   max ms`);
  for (const query of KPI_QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < BREAKDOWN_RUNS; i++) {
      const t = performance.now();
      await query.run({ filters: round[0]!.filters, now });
      times.push(performance.now() - t);
    }
    log(`  ${query.tables.join(", ").padEnd(52)} ${ms(percentile(times, 50))} ${ms(Math.max(...times))}`);
  }
  const rerun = performance.now();
  const incremental = await refreshKpiRollups(now);
  log(`next job run after the changes: ${thousands(incremental.days ?? 0)} days, ${thousands(incremental.months ?? 0)} months rebuilt in ${(performance.now() - rerun).toFixed(0)} ms`);
  log(`first screen p95 ≤ ${P95_TARGET_MS} ms over the whole mix: ${firstP95.toFixed(0)} ms → ${verdict(ok)} (whole dashboard p95 ${overallP95.toFixed(0)} ms)`);
  if (!ok) failed = true;

  // D2, informational (not part of the verdict): the SUWI page's four data calls, as the page runs them.
  if (SUWI_CALLS > 0) {
    const { findSuwiFilterOptions } = await import("../../lib/suwi/find-suwi-filter-options");
    const { getSuwiTotals } = await import("../../lib/suwi/get-suwi-totals");
    const { findSuwiEmployers } = await import("../../lib/suwi/find-suwi-employers");
    const suwiMix = [round[0]!, round.find((entry) => entry.filters.municipalityCode && !entry.filters.occupationClassCode)!];
    const suwiScreen = (filters: DashboardFilters) =>
      Promise.all([
        findSuwiFilterOptions(actor),
        getSuwiTotals(actor, filters),
        findSuwiEmployers(actor, filters, { page: 1 }),
        findSuwiEmployers(actor, filters, { withoutServiceOnly: true, page: 1 }),
      ]);
    for (const entry of suwiMix) await suwiScreen(entry.filters);
    log(`SUWI monitor first screen (/dashboard/suwi data, ${SUWI_CALLS} calls, informational)   calls   p50 ms   p95 ms   max ms`);
    for (const entry of suwiMix) {
      const times: number[] = [];
      for (let i = 0; i < SUWI_CALLS / suwiMix.length; i++) {
        const t = performance.now();
        await suwiScreen(entry.filters);
        times.push(performance.now() - t);
      }
      log(`  ${entry.label.padEnd(52)} ${String(times.length).padStart(5)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(Math.max(...times))}`);
    }
  }
  await prisma.$disconnect();
} catch (error) {
  if (!(error instanceof GenerateOnly)) throw error;
} finally {
  if (args.includes("--hold")) {
    log(`holding the database for inspection: psql ${database.url}   (Ctrl-C to stop)`);
    await new Promise((resolve) => ["SIGINT", "SIGTERM"].forEach((signal) => process.once(signal, resolve)));
  }
  await client.end();
  await database.stop();
}
process.exit(failed ? 1 : 0);


/**
 * What ten minutes of a busy national working day change in rows the roll-ups count: employers answer
 * proposals of the last two weeks, bemiddelaars complete aftercare check-ins, accountmanagers answer
 * questions. Each changed row invalidates its day (the triggers of migration 20261201060000).
 */
async function simulateTenBusyMinutes(client: pg.Client, now: Date): Promise<{ changes: number; days: number }> {
  const at = now.toISOString();
  const before = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "KpiRollupUnit" WHERE grain = 'day'`)).rows[0]!.n);
  const proposals = await client.query(`
    UPDATE "Proposal" SET status = 'INVITED', "respondedAt" = $1::timestamp
    WHERE id IN (SELECT id FROM "Proposal" WHERE status = 'PROPOSED' AND "respondedAt" IS NULL
                 AND "sharedAt" >= $1::timestamp - interval '14 days' ORDER BY md5(id) LIMIT 30)`, [at]);
  const checks = await client.query(`
    UPDATE "AftercareCheck" SET "completedAt" = $1::timestamp, score = 4
    WHERE id IN (SELECT id FROM "AftercareCheck" WHERE "completedAt" IS NULL AND side = 'EMPLOYER'
                 AND "dueDate" >= ($1::timestamp - interval '14 days')::date AND "dueDate" < $1::date ORDER BY md5(id) LIMIT 20)`, [at]);
  const questions = await client.query(`
    UPDATE "Question" SET "answeredAt" = $1::timestamp, answer = 'Het antwoord.'
    WHERE id IN (SELECT id FROM "Question" WHERE "answeredAt" IS NULL AND "createdAt" >= $1::timestamp - interval '3 days' ORDER BY md5(id) LIMIT 10)`, [at]);
  const after = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "KpiRollupUnit" WHERE grain = 'day'`)).rows[0]!.n);
  return { changes: (proposals.rowCount ?? 0) + (checks.rowCount ?? 0) + (questions.rowCount ?? 0), days: before - after };
}

/** A few figures to see the generated year is plausible (the funnel, aftercare, promises, handovers). */
async function printSanity(client: pg.Client) {
  const { rows } = await client.query<Record<string, string>>(`
    SELECT
      (SELECT count(*) FROM "Vacancy" WHERE "createdAt" >= date_trunc('year', now())) AS vacancies_this_year,
      (SELECT string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT status, count(*) n FROM "Proposal" GROUP BY status) s) AS proposals,
      (SELECT count(*) FILTER (WHERE "sustainableAt" IS NOT NULL) || ' duurzaam, ' || count(*) FILTER (WHERE "endedOn" IS NOT NULL) || ' ended' FROM "Placement") AS placements,
      (SELECT count(*) FILTER (WHERE "completedAt" IS NOT NULL) || ' of ' || count(*) FILTER (WHERE "dueDate" <= current_date) || ' due done, avg employer score ' ||
        round(avg(score) FILTER (WHERE side = 'EMPLOYER'), 2) FROM "AftercareCheck") AS aftercare,
      (SELECT count(*) FILTER (WHERE "followUpDoneAt" <= "followUpDueDate" + interval '1 day') || ' kept of ' || count("followUpPromise") || ' promises, ' ||
        count(*) FILTER (WHERE "isDoubleApproach") || ' double approaches' FROM "ContactMoment") AS contacts,
      (SELECT count(*) FILTER (WHERE "answeredAt" <= "createdAt" + interval '2 days') || ' of ' || count(*) || ' answered within 48 h' FROM "Question") AS questions,
      (SELECT string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT status, count(*) n FROM "Handover" GROUP BY status) s) AS handovers,
      (SELECT count(*) FROM "Placement" p JOIN "CandidateTargetGroup" t ON t."candidateId" = p."candidateId" AND t."targetGroupCode" = 'DGR') AS dgr_placements,
      (SELECT count(*) || ' registrations, ' || count(*) FILTER (WHERE attended) || ' attended' FROM "EventRegistration") AS events,
      (SELECT (sum("obligationCents") / 100)::bigint || ' obligation, ' || (SELECT (sum("valueCents") / 100)::bigint FROM "SroiDelivery" WHERE status = 'APPROVED') || ' delivered (EUR)' FROM "SroiDossier") AS sroi`);
  for (const [name, value] of Object.entries(rows[0]!)) log(`  ${name.padEnd(20)} ${value}`);
}
