import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { confirmEmailFromMailbox } from "../support/confirm-email";
import { loginWithEmail, pageAs } from "../support/login";
import { registerResident } from "../support/register-resident";

/**
 * Decision 019, end to end: a new resident's help request reaches the demo bemiddelaar's team queue only
 * once the address is confirmed from the mail; then the resident moves to another address, which becomes
 * the login address only when the link mailed to it is opened. Own resident, so no demo user is touched.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const firstName = `Bevestig${run}`;
const shownName = `${firstName} J.`; // the queue shows the first name and the initial of the last name
const email = `e2e-bevestig-${run}@voorbeeld.nl`;
const newEmail = `e2e-verhuisd-${run}@voorbeeld.nl`;
const password = "Een lange eigen wachtzin 2026"; // the one registerResident uses

test("a new resident's help request is not in the team queue before the address is confirmed, and is after", async ({ browser }) => {
  const { baseURL, locale } = test.info().project.use;
  const resident = await (await browser.newContext({ baseURL, locale })).newPage();
  await registerResident(resident, { firstName, lastName: "Jansen", email }, { confirm: false });
  await expect(resident.getByText("Waarschuwing: Bevestig uw e-mailadres", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(resident);

  const mediator = await pageAs(browser, "JOB_MEDIATOR");
  const queue = async () => {
    await mediator.goto("/professional/kandidaten/aanmeldingen");
    await expect(mediator.getByRole("heading", { level: 1, name: "Nieuwe aanmeldingen" })).toBeVisible();
    return mediator.getByRole("row").filter({ hasText: shownName });
  };
  await expect(await queue()).toHaveCount(0);

  // "Stuur de e-mail opnieuw" works from the banner; either link confirms.
  await resident.getByRole("button", { name: "Stuur de e-mail opnieuw" }).click();
  await expect(resident.getByText("Wij hebben u een nieuwe e-mail gestuurd.")).toBeVisible();

  await confirmEmailFromMailbox(resident, email);
  await expectNoSeriousA11yViolations(resident);
  await expect(await queue()).toHaveCount(1);

  await resident.goto("/werkzoekende");
  await expect(resident.getByText("Waarschuwing: Bevestig uw e-mailadres", { exact: true })).toHaveCount(0);
  await resident.context().close();
  await mediator.context().close();
});

test("the resident changes their e-mail address and confirms it from the new mailbox", async ({ browser }) => {
  const { baseURL, locale } = test.info().project.use;
  const resident = await (await browser.newContext({ baseURL, locale })).newPage();
  await loginWithEmail(resident, email, { password, startPage: "/werkzoekende" });

  await resident.goto("/account");
  await resident.getByRole("link", { name: "E-mailadres wijzigen" }).click();
  await expect(resident.getByRole("heading", { level: 1, name: "E-mailadres wijzigen" })).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
  const form = resident.getByRole("form", { name: "E-mailadres wijzigen" });
  await form.getByLabel("Nieuw e-mailadres").fill(newEmail);
  await form.getByLabel("Huidig wachtwoord").fill("niet-mijn-wachtwoord");
  await form.getByRole("button", { name: "Stuur de bevestigingslink" }).click();
  await expect(form.getByLabel("Huidig wachtwoord")).toHaveAccessibleDescription(/Dit is niet uw huidige wachtwoord\./);
  await expectNoSeriousA11yViolations(resident);
  await form.getByLabel("Huidig wachtwoord").fill(password);
  await form.getByRole("button", { name: "Stuur de bevestigingslink" }).click();
  await expect(resident.getByText(/Wij hebben een e-mail met een link naar het nieuwe adres gestuurd/)).toBeVisible();

  // Until the link is opened the old address is still the login address.
  await resident.goto("/account/e-mailadres");
  await expect(resident.getByText(`U logt nu in met ${email}.`)).toBeVisible();
  await expect(resident.getByText(newEmail)).toBeVisible();

  await confirmEmailFromMailbox(resident, newEmail, { change: true });
  await loginWithEmail(resident, newEmail, { password, startPage: "/werkzoekende" });
  await resident.context().close();
});
