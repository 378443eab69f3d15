import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoRole } from "./demo-users";

/** Logs in through the real login form, as a person would. */
export async function loginAs(page: Page, role: DemoRole) {
  const user = DEMO_USERS[role];
  await loginWithEmail(page, user.email, { startPage: user.startPage });
}

/**
 * Logs in through the real login form with any account (for example a demo accountmanager found on
 * a page), then waits until the start page is reached.
 */
export async function loginWithEmail(page: Page, email: string, options: { password?: string; startPage?: string } = {}) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  // Start pages compute live figures (the staff start page is the whole KPI dashboard); on 2 busy
  // cores the first render can take longer than the default 7 s.
  await expect(page).toHaveURL(new RegExp(`${options.startPage ?? "/professional"}$`), { timeout: 30_000 });
}
