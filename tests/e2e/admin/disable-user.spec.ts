import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { acceptInvitationLink, invitationLinkFromMailbox, inviteProfessional, runTag, signInForTheFirstTime } from "../support/invite-professional";
import { pageAs } from "../support/login";

/** O1: blocking a user ends their sessions at once: the browser that was signed in is sent to /inloggen. */
test("ADMIN blocks a user whose open session is refused at the next page load", async ({ browser }) => {
  test.setTimeout(240_000);
  const { baseURL, locale } = test.info().project.use;
  const run = runTag();
  const email = `e2e-blokkeren-${run}@voorbeeld.nl`;
  const password = "Een wachtzin om te blokkeren 2026";

  // A fresh accountmanager of this spec's own (never a demo account), signed in in a browser of its own.
  const admin = await pageAs(browser, "ADMIN");
  const userPage = await inviteProfessional(admin, { name: `Anna Blok${run}`, email, role: "Accountmanager" });
  const link = await invitationLinkFromMailbox(admin, email);
  const user = await (await browser.newContext({ baseURL, locale })).newPage();
  await acceptInvitationLink(user, link, password);
  await signInForTheFirstTime(user, email, password);
  await user.goto("/professional/werkgevers");
  await expect(user).toHaveURL(/\/professional\/werkgevers$/);

  await admin.goto(userPage);
  await admin.getByRole("button", { name: "Account blokkeren" }).click();
  await expect(admin.getByRole("button", { name: "Account deblokkeren" })).toBeVisible();
  await expect(admin.getByText("Geblokkeerd", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);

  await user.goto("/professional");
  await expect(user).toHaveURL(/\/inloggen/);
  // Signing in again is refused with the usual sentence.
  await user.getByLabel("E-mailadres").fill(email);
  await user.getByLabel("Wachtwoord").fill(password);
  await user.getByRole("button", { name: "Inloggen" }).click();
  await expect(user).toHaveURL(/\/inloggen/);

  await admin.goto("/beheer/gebruikers/zonder-eigenaar");
  await expect(admin.getByRole("heading", { level: 1, name: "Zonder eigenaar" })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
});
