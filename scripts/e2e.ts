/** `npm run test:e2e`: production build + Playwright in Debian's Chromium against a real PostgreSQL. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { findChromium, CHROMIUM_MISSING_MESSAGE } from "./lib/chromium";
import { buildIfNeeded } from "./lib/build-if-needed";

const ROOT = path.join(import.meta.dirname, "..");
const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_MISSING_MESSAGE);
  process.exit(1);
}

buildIfNeeded();
const result = spawnSync(path.join(ROOT, "node_modules/.bin/playwright"), ["test", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
