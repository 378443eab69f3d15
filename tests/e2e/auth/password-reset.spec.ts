import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginWithEmail, pageAs } from "../support/login";
import { linkFromMailbox } from "../support/mailbox";
import { registerResident } from "../support/register-resident";

const SAME_ANSWER = "Als er een account bij dit e-mailadres hoort, ontvangt u binnen enkele minuten een e-mail met een link.";

async function requestReset(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  const form = page.getByRole("form", { name: "Wachtwoord vergeten" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByText(SAME_ANSWER)).toBeVisible();
}

/** The reset link from the newest mail to `email` in the demo mailbox; it is sent right after the request (the job once a minute is the fallback). */
async function resetLinkFromMailbox(admin: Page, email: string): Promise<string> {
  return linkFromMailbox(admin, { to: email, subject: "Uw wachtwoord herstellen", link: /\/wachtwoord-herstellen\/[A-Za-z0-9_-]+/ });
}

test("a resident resets a forgotten password from the mail; the old session and the used link stop working", async ({ browser }) => {
  test.setTimeout(240_000);
  const { baseURL, locale } = test.info().project.use;
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const email = `e2e-herstel-${run}@voorbeeld.nl`;
  const oldSession = await (await browser.newContext({ baseURL, locale })).newPage();
  await registerResident(oldSession, { firstName: `Herstel${run}`, lastName: "Jansen", email });

  const page = await (await browser.newContext({ baseURL, locale })).newPage();
  // The same answer for an address without an account: nothing reveals who has one.
  await requestReset(page, `e2e-bestaat-niet-${run}@voorbeeld.nl`);
  await requestReset(page, email);
  await expectNoSeriousA11yViolations(page);

  const admin = await pageAs(browser, "ADMIN");
  const link = await resetLinkFromMailbox(admin, email);
  expect(await admin.getByTestId("caught-mail").filter({ hasText: `e2e-bestaat-niet-${run}` }).count()).toBe(0);

  await page.goto(link);
  const form = page.getByRole("form", { name: "Nieuw wachtwoord kiezen" });
  await form.getByLabel("Nieuw wachtwoord").fill("kort");
  await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(form.getByLabel("Nieuw wachtwoord")).toHaveAccessibleDescription(/minimaal 12 tekens/);
  await expectNoSeriousA11yViolations(page);
  await form.getByLabel("Nieuw wachtwoord").fill("Een nieuwe eigen wachtzin 2027");
  await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByText("Uw wachtwoord is gewijzigd.")).toBeVisible();

  await loginWithEmail(page, email, { password: "Een nieuwe eigen wachtzin 2027", startPage: "/werkzoekende" });

  // The reset ended every other session, and the link works only once.
  await oldSession.goto("/werkzoekende");
  await expect(oldSession).toHaveURL(/\/inloggen/);
  await oldSession.goto(link);
  await expect(oldSession.getByText(/Deze link om uw wachtwoord te herstellen werkt niet \(meer\)/)).toBeVisible();
});
