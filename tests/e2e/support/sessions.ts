import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { DemoRole } from "./demo-users";

/**
 * Where the sign-in setup (tests/e2e/setup/sign-in.setup.ts) keeps each demo user's session after signing in
 * through the real form once per run. Ignored by git; rewritten by every run against that run's server.
 */
export const SESSIONS_DIR = path.resolve("test-results-sessions");

export function sessionFile(role: DemoRole): string {
  return path.join(SESSIONS_DIR, `${role}.json`);
}

/**
 * Gives the page's browser context the session the setup stored for `role`; false when there is none
 * (for example a spec run with --no-deps), so the caller signs in through the form instead.
 */
export async function restoreSession(page: Page, role: DemoRole): Promise<boolean> {
  const file = sessionFile(role);
  if (!existsSync(file)) return false;
  const state = JSON.parse(readFileSync(file, "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
  await page.context().addCookies(state.cookies);
  return true;
}
