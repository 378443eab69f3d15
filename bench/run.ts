/**
 * `npm run bench`: the benchmarks, printing figures.
 *   npm run bench                                    every suite
 *   npm run bench -- public                          response times of the public counter
 *   npm run bench -- matching [--scale regional]     matching (B3) at regional and/or national scale
 *   npm run bench -- dashboard [--scale national]    KPI dashboard (D1) data with a year of activity
 *   npm run bench -- mail                            the mail outbox through a 10-minute SMTP outage (bench/mail/run-outage.ts)
 *
 * public: the production build on a real, demo-seeded PostgreSQL (the server the e2e tests use);
 * p50/p95/max per route. matching: see bench/matching/run-scale.ts; dashboard: bench/dashboard/run-scale.ts. Exits non-zero when a suite fails.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "../scripts/lib/build-if-needed";
import { waitForHealth } from "../scripts/lib/wait-for-health";
import { percentile } from "./percentile";

const ROOT = path.join(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const SUITES = ["public", "matching", "dashboard", "mail"] as const;
const SCALE_NAMES = ["regional", "national"] as const;

const args = process.argv.slice(2);
const scaleAt = args.indexOf("--scale");
const scaleArg = scaleAt >= 0 ? args[scaleAt + 1] : undefined;
const named = args.filter((arg, i) => !arg.startsWith("--") && (scaleAt < 0 || i !== scaleAt + 1));
const suites = named.length > 0 ? named : [...SUITES];
const unknown = suites.filter((suite) => !(SUITES as readonly string[]).includes(suite));
if (unknown.length > 0 || (scaleArg !== undefined && !(SCALE_NAMES as readonly string[]).includes(scaleArg))) {
  console.error(`Gebruik: npm run bench -- [${SUITES.join("|")}] [--scale ${SCALE_NAMES.join("|")}]`);
  process.exit(2);
}

async function benchPublicRoutes(): Promise<boolean> {
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const base = `http://127.0.0.1:${port}`;
  const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
  const ROUTES = ["/api/health", "/", "/instrumenten", "/instrumenten?q=subsidie", "/instrumenten/LKS", "/arbeidsmarkt", "/inloggen"];

  buildIfNeeded();
  const server = spawn(TSX, ["scripts/e2e-server.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, E2E_PORT: String(port) },
  });
  try {
    await waitForHealth(`${base}/api/health`, 180_000);
    console.log(`route${" ".repeat(26)}   p50 ms   p95 ms   max ms   (${REQUESTS} sequential requests each, after 20 warm-up)`);
    for (const route of ROUTES) {
      for (let i = 0; i < 20; i++) await (await fetch(base + route)).arrayBuffer();
      const timings: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const started = performance.now();
        const response = await fetch(base + route);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${route} answered ${response.status}`);
        timings.push(performance.now() - started);
      }
      const row = [percentile(timings, 50), percentile(timings, 95), Math.max(...timings)].map((ms) => ms.toFixed(1).padStart(8));
      console.log(`${route.padEnd(31)} ${row.join(" ")}`);
    }
    return true;
  } finally {
    server.kill("SIGTERM");
  }
}

/** Each scale in its own process: its own database and a clean heap for the in-memory index. */
function benchScales(script: string): boolean {
  let ok = true;
  for (const scale of scaleArg ? [scaleArg] : SCALE_NAMES) {
    const result = spawnSync(TSX, ["--conditions=react-server", script, scale], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=4096`.trim() },
    });
    if (result.status !== 0) ok = false;
  }
  return ok;
}

let ok = true;
if (suites.includes("public")) ok = (await benchPublicRoutes()) && ok;
if (suites.includes("matching")) ok = benchScales("bench/matching/run-scale.ts") && ok;
if (suites.includes("dashboard")) ok = benchScales("bench/dashboard/run-scale.ts") && ok;
if (suites.includes("mail")) ok = spawnSync(TSX, ["--conditions=react-server", "bench/mail/run-outage.ts"], { cwd: ROOT, stdio: "inherit" }).status === 0 && ok;
process.exit(ok ? 0 : 1);
