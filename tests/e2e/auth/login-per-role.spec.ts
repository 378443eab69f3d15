import { expect, test } from "@playwright/test";
import { loginThroughForm } from "../support/login";
import { DEMO_USERS, type DemoRole } from "../support/demo-users";
import { expectNoSeriousA11yViolations } from "../support/axe";

for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
  test(`${role} logs in, lands on ${DEMO_USERS[role].startPage} and logs out`, async ({ page }) => {
    await loginThroughForm(page, role);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
    await page.goto(DEMO_USERS[role].startPage);
    await expect(page).toHaveURL(/\/inloggen/);
  });
}

test("wrong password gives one clear Dutch message that does not reveal the account", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("werkgever@demo.werkcentrum.nl");
  await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  const known = page.getByText("De combinatie van e-mailadres en wachtwoord klopt niet.").first();
  await expect(known).toBeVisible();

  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("bestaat-niet@voorbeeld.nl");
  await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("De combinatie van e-mailadres en wachtwoord klopt niet.").first()).toBeVisible();
});
