import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = path.join(import.meta.dirname, "../..");
const INPUTS = ["app", "components", "lib", "public", "generated", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const FINGERPRINT_FILE = path.join(ROOT, DIST_DIR, "werkcentrum-build-fingerprint");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const child of readdirSync(entry).sort()) yield* files(path.join(entry, child));
  } else if (!/\.(test|integration-test)\.tsx?$/.test(entry)) {
    yield entry;
  }
}

/** A hash of everything the production build depends on, so a changed checkout rebuilds. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(ROOT, input))) {
      hash.update(path.relative(ROOT, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export function buildIfNeeded(): { built: boolean; seconds: number } {
  const fingerprint = sourceFingerprint();
  const upToDate =
    existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID")) &&
    existsSync(FINGERPRINT_FILE) &&
    readFileSync(FINGERPRINT_FILE, "utf8") === fingerprint;
  if (upToDate) return { built: false, seconds: 0 };
  console.log("Productiebuild maken (next build)…");
  const started = Date.now();
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/next"), ["build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(FINGERPRINT_FILE, fingerprint);
  return { built: true, seconds: (Date.now() - started) / 1000 };
}
