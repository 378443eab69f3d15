import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { acceptInvitationLink, invitationLinkFromMailbox, inviteProfessional, runTag, signInForTheFirstTime } from "../support/invite-professional";
import { pageAs } from "../support/login";

/** O1: ADMIN invites a bemiddelaar; the invitation arrives by mail; the link sets a password; the bemiddelaar works. */
test("ADMIN invites a bemiddelaar, who sets a password from the mail, signs in and opens the caseload", async ({ browser }) => {
  test.setTimeout(240_000);
  const { baseURL, locale } = test.info().project.use;
  const run = runTag();
  const email = `e2e-bemiddelaar-${run}@voorbeeld.nl`;
  const password = "Mijn eerste eigen wachtzin 2026";

  const admin = await pageAs(browser, "ADMIN");
  await admin.goto("/beheer");
  await admin.getByRole("link", { name: "Gebruikers", exact: true }).click();
  await expect(admin).toHaveURL(/\/beheer\/gebruikers$/);
  await expectNoSeriousA11yViolations(admin);

  await admin.goto("/beheer/gebruikers/nieuw");
  await expectNoSeriousA11yViolations(admin);
  const userPage = await inviteProfessional(admin, { name: `Bram Nieuw${run}`, email, role: "Bemiddelaar" });
  await expect(admin.getByText("Uitgenodigd (nog geen wachtwoord)").first()).toBeVisible();
  await expectNoSeriousA11yViolations(admin);

  // The list finds the new account with the "uitgenodigd" filter; a broken query string is no error.
  await admin.goto(`/beheer/gebruikers?q=${encodeURIComponent(email)}&status=uitgenodigd`);
  await expect(admin.getByRole("link", { name: `Bram Nieuw${run}` })).toBeVisible();
  await admin.goto("/beheer/gebruikers?status=kapot&page=-1&rol=JOBSEEKER");
  await expect(admin.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();

  const link = await invitationLinkFromMailbox(admin, email);
  const page = await (await browser.newContext({ baseURL, locale })).newPage();
  await page.goto(link);
  await expectNoSeriousA11yViolations(page);
  await acceptInvitationLink(page, link, password);
  await signInForTheFirstTime(page, email, password);

  await page.goto("/professional/kandidaten");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn kandidaten" })).toBeVisible();

  // The link worked once; the account is now active.
  await page.goto(link);
  await expect(page.getByText(/Deze uitnodiging werkt niet \(meer\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await admin.goto(userPage);
  await expect(admin.getByText("Actief", { exact: true })).toBeVisible();
});
