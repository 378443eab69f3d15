/**
 * `npm run bench`: response times of the public counter, measured against the production build on a
 * real, demo-seeded PostgreSQL (the same server the e2e tests use). Prints p50/p95/max per route.
 * Later issues add their scenarios (matching, dashboards) here.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "../scripts/lib/build-if-needed";
import { waitForHealth } from "../scripts/lib/wait-for-health";
import { percentile } from "./percentile";

const ROOT = path.join(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const ROUTES = ["/api/health", "/", "/instrumenten", "/instrumenten?q=subsidie", "/instrumenten/LKS", "/arbeidsmarkt", "/inloggen"];

buildIfNeeded();
const server = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/e2e-server.ts"], {
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
} finally {
  server.kill("SIGTERM");
}
