/**
 * `npm run lock:prune` — run after every `npm install` that changes package-lock.json.
 *
 * The npm registry these machines reach does not serve every platform build of packages with native
 * parts (e.g. @next/swc-darwin-arm64, @tailwindcss/oxide-win32-x64-msvc). npm then writes a lockfile
 * whose entries name optional dependencies it has no node for, and `npm ci` refuses the lockfile as
 * "not in sync". Those optional platform builds can never be installed from here, so drop the
 * dangling names; the Linux x64 builds we run on stay locked. See docs/decisions/004-lockfile.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type LockEntry = { optionalDependencies?: Record<string, string> };
type Lockfile = { packages: Record<string, LockEntry> };

const file = path.join(import.meta.dirname, "..", "package-lock.json");
const lock = JSON.parse(readFileSync(file, "utf8")) as Lockfile;

function hasNode(entryPath: string, name: string): boolean {
  // npm resolves a dependency from the entry's own node_modules upwards to the root.
  for (let base = entryPath; ; base = base.slice(0, Math.max(0, base.lastIndexOf("/node_modules/")))) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return true;
    if (!base) return false;
  }
}

let removed = 0;
for (const [entryPath, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!hasNode(entryPath, name)) {
      delete entry.optionalDependencies![name];
      removed += 1;
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${removed} optional platform builds that this registry does not serve removed.`);
