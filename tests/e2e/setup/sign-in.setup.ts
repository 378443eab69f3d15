import { mkdirSync, rmSync } from "node:fs";
import { test as setup } from "@playwright/test";
import { DEMO_USERS, type DemoRole } from "../support/demo-users";
import { loginThroughForm } from "../support/login";
import { SESSIONS_DIR, sessionFile } from "../support/sessions";

/**
 * Signs every demo user in once per run through the real login form (argon2, session cookie from the server)
 * and stores the session; specs reuse it instead of signing in again in each test. The form itself is
 * tested per role in tests/e2e/auth/login-per-role.spec.ts.
 */
mkdirSync(SESSIONS_DIR, { recursive: true });

for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    // A session of an earlier run belongs to another server: never reuse it, even if this sign-in fails.
    rmSync(sessionFile(role), { force: true });
    await loginThroughForm(page, role);
    await page.context().storageState({ path: sessionFile(role) });
  });
}
