import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoRole } from "./demo-users";
import { restoreSession } from "./sessions";
import { passSecondFactorIfAsked, withSignInLock } from "./two-factor";

const startPageUrl = (startPage: string) => new RegExp(`${startPage}$`);

/**
 * A demo user's session on this page, without opening any page: the session the sign-in setup got through
 * the real form at the start of the run (falls back to the form when there is none). Use it when the test's
 * next step opens a page of its own; use loginAs to land on the start page.
 */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  if (await restoreSession(page, role)) return;
  await loginThroughForm(page, role);
}

/** Signed in as a demo user and on that user's start page. */
export async function loginAs(page: Page, role: DemoRole): Promise<void> {
  const { startPage } = DEMO_USERS[role];
  if (!(await restoreSession(page, role))) return loginThroughForm(page, role);
  await page.goto(startPage);
  // Start pages compute live figures (the staff start page is the whole KPI dashboard); on 2 busy
  // cores the first render can take longer than the default 7 s.
  await expect(page).toHaveURL(startPageUrl(startPage), { timeout: 30_000 });
}

/** Signs in through the real login form, as a person would, and waits for the start page. */
export async function loginThroughForm(page: Page, role: DemoRole): Promise<void> {
  const user = DEMO_USERS[role];
  await loginWithEmail(page, user.email, { startPage: user.startPage });
}

/**
 * Logs in through the real login form with any account (for example a demo accountmanager found on
 * a page), then waits until the start page is reached. A professional outside the six demo accounts
 * enrols a second factor at the first sign-in and gives a code at later ones (decision 018).
 */
export async function loginWithEmail(page: Page, email: string, options: { password?: string; startPage?: string } = {}) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(options.password ?? DEMO_PASSWORD);
  await withSignInLock(email, async () => {
    await page.getByRole("button", { name: "Inloggen" }).click();
    await passSecondFactorIfAsked(page, email);
  });
  await expect(page).toHaveURL(startPageUrl(options.startPage ?? "/professional"), { timeout: 30_000 });
}

/** A page in a browser context of its own, signed in as a demo user and on the start page (axe needs pages made through browser.newContext). */
export async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const { baseURL, locale } = test.info().project.use;
  const page = await (await browser.newContext({ baseURL, locale })).newPage();
  await loginAs(page, role);
  return page;
}
