import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

// Each test process is a client address of its own (the e2e server trusts one proxy hop, decision 022), so the
// per-client limits on public forms count per worker, as they would per visitor, not once for the whole suite.
const octet = () => Math.floor(Math.random() * 254) + 1;
const workerClientAddress = `10.${octet()}.${octet()}.${octet()}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // A 2-core machine runs the server, two browsers and axe at once; pages with several axe checks need the room.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    locale: "nl-NL",
    extraHTTPHeaders: { "X-Forwarded-For": workerClientAddress },
    // CI keeps only the console output, so a trace there costs CPU (~30% of the browser's) and helps nobody.
    trace: process.env.CI ? "off" : { mode: "retain-on-failure", screenshots: false },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        // No separate GPU process: with software rendering it only adds a process and its IPC per browser.
        "--in-process-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Every demo user signs in once through the real form; the specs reuse those sessions (tests/e2e/support/login.ts).
    { name: "sign-in", testMatch: /tests\/e2e\/setup\/.*\.setup\.ts/ },
    { name: "chromium", testIgnore: /tests\/e2e\/clock\//, dependencies: ["sign-in"] },
    // Specs that move the demo clock (decision 009) run after all others, so no other spec sees time jump.
    { name: "clock", testMatch: /tests\/e2e\/clock\/.*\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
