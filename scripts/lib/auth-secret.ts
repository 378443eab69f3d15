import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A per-installation session secret, kept next to the local database (git-ignored). */
export function localAuthSecret(folder: string): string {
  return localSecret(folder, "auth-secret");
}

/** A random secret kept in `folder/name` (mode 0600), made on first use. */
export function localSecret(folder: string, name: string): string {
  const file = path.join(folder, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
