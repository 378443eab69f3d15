import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { pageAs } from "../support/login";
import { registerResident } from "../support/register-resident";
import { codeFor, completeEnrolment, submitSecondStep } from "../support/two-factor";

/**
 * O2 two-factor sign-in (decision 018) on a fresh resident of its own: turning it on with the QR page
 * (the test reads the key shown for manual entry and computes codes with otplib), then signing in with
 * password + code and with a recovery code, which works once.
 */

const PASSWORD = "Een lange eigen wachtzin 2026"; // what registerResident types

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
}

/** The first step of /inloggen; the form then asks for the code. */
async function enterPassword(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByLabel("Code uit uw authenticator-app")).toBeVisible({ timeout: 30_000 });
}

test("a resident turns two-factor sign-in on, then signs in with a code and once with a recovery code", async ({ page }) => {
  test.setTimeout(240_000);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const email = `e2e-2fa-${run}@voorbeeld.nl`;
  await registerResident(page, { firstName: `Twee${run}`, lastName: "Factor", email });

  await page.goto("/account");
  await page.getByRole("link", { name: "Tweestapsverificatie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  await expect(page.getByText("Tweestapsverificatie staat uit.")).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const { secret, recoveryCodes } = await completeEnrolment(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Ik heb de codes bewaard" }).click();
  await expect(page.getByText(/Tweestapsverificatie staat aan sinds/)).toBeVisible();
  await expect(page.getByText("U heeft nog 10 van de 10 herstelcodes over.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tweestapsverificatie uitzetten" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await logOut(page);

  // Password alone is not enough any more: the form asks for the code, keeping the address and password.
  await enterPassword(page, email);
  await expectNoSeriousA11yViolations(page);
  await submitSecondStep(page, await codeFor(secret));
  await expect(page).toHaveURL(/\/werkzoekende$/, { timeout: 30_000 });
  await logOut(page);

  // A recovery code instead of the app's code.
  await enterPassword(page, email);
  await submitSecondStep(page, recoveryCodes[0]!, { recovery: true });
  await expect(page).toHaveURL(/\/werkzoekende$/, { timeout: 30_000 });
  await logOut(page);

  // The same recovery code a second time is refused, with a Dutch sentence at the field.
  await enterPassword(page, email);
  await submitSecondStep(page, recoveryCodes[0]!, { recovery: true });
  await expect(page.getByText(/Deze code klopt niet of is al gebruikt/).first()).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/inloggen/);
  await expectNoSeriousA11yViolations(page);
});

test("the demo accounts sign in with the password alone in demo mode, and the pages say so", async ({ browser }) => {
  const page = await pageAs(browser, "JOB_MEDIATOR");
  await page.goto("/account/tweestapsverificatie");
  await expect(page.getByText(/Dit is een demo-account: in deze demo logt het in met alleen het wachtwoord/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A normal session has nothing to do on the forced enrolment page.
  await page.goto("/account/tweestapsverificatie/instellen");
  await expect(page).toHaveURL(/\/account\/tweestapsverificatie$/);
  await page.context().close();
});

test("/inloggen says in demo mode which accounts sign in without a second factor", async ({ browser }) => {
  const { baseURL, locale } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await expect(page.getByText(/De zes demo-accounts loggen hier in met alleen het wachtwoord/)).toBeVisible();
  await context.close();
});

test("ADMIN's reset page answers an unknown user with the ordinary 404", async ({ browser }) => {
  const admin = await pageAs(browser, "ADMIN");
  const response = await admin.goto("/beheer/gebruikers/bestaat-niet/tweestapsverificatie");
  expect(response?.status()).toBe(404);
  await admin.context().close();
});
