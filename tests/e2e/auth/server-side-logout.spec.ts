import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { loginThroughForm } from "../support/login";
import { registerResident } from "../support/register-resident";

/**
 * O2: logging out ends the session on the server, so a copied session cookie no longer opens the portal.
 * Logging out ends only that session (the demo users' shared sessions of other specs stay valid);
 * "Uitloggen op alle apparaten" ends every session, so it is exercised on a resident of its own.
 */

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

/** Another browser (a "second device" or an attacker) that holds the given cookies. */
async function browserWith(browser: Browser, cookies: Cookies): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

test("a cookie copied before logging out is refused afterwards", async ({ page, browser }) => {
  await loginThroughForm(page, "JOB_MEDIATOR");
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(true);

  // The copy works while the session lives, so the refusal below is the logout's doing.
  const before = await browserWith(browser, copied);
  await before.page.goto("/professional");
  await expect(before.page).toHaveURL(/\/professional$/, { timeout: 30_000 });
  await before.context.close();

  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();

  const after = await browserWith(browser, copied);
  await after.page.goto("/professional");
  await expect(after.page).toHaveURL(/\/inloggen/);
  await after.context.close();
});

test("Uitloggen op alle apparaten ends the session on every device", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  await registerResident(page, { firstName: `Sam${run}`, lastName: "Overal", email: `e2e-overal-${run}@voorbeeld.nl` });

  const otherDevice = await browserWith(browser, await page.context().cookies());
  await otherDevice.page.goto("/werkzoekende");
  await expect(otherDevice.page).toHaveURL(/\/werkzoekende$/, { timeout: 30_000 });

  await page.goto("/werkzoekende/profiel");
  await expect(page.getByRole("heading", { level: 2, name: "Uitloggen op alle apparaten" })).toBeVisible();
  await page.getByRole("button", { name: "Uitloggen op alle apparaten" }).click();
  await expect(page).toHaveURL(/\/inloggen/, { timeout: 30_000 });

  await otherDevice.page.goto("/werkzoekende");
  await expect(otherDevice.page).toHaveURL(/\/inloggen/);
  await otherDevice.context.close();
});
