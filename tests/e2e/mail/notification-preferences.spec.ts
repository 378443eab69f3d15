import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { registerResident } from "../support/register-resident";

/** O3: a new resident chooses which notifications mail them, and when the daily digest comes. */
test("a resident switches one kind off and sets the digest hour, and finds both saved after a reload", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await registerResident(page, { firstName: "Mees", lastName: `Meldingen${stamp}`, email: `mees.meldingen.${stamp}@voorbeeld.nl` });

  await page.goto("/account");
  await page.getByRole("link", { name: "Meldingen per e-mail" }).click();
  await expect(page).toHaveURL(/\/account\/meldingen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Meldingen per e-mail" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Overdrachten" })).toBeVisible();
  // A resident's kinds only: nothing an accountmanager gets.
  await expect(page.getByRole("group", { name: "Een werkgever heeft een vraag gesteld" })).toHaveCount(0);

  const consent = page.getByRole("group", { name: "Er wordt om uw toestemming voor een voordracht gevraagd" });
  await expect(consent.getByRole("radio", { name: "Direct" })).toBeChecked(); // the default
  const placement = page.getByRole("group", { name: "Een plaatsing is vastgelegd" });
  await expect(placement.getByRole("radio", { name: "Dagelijks overzicht" })).toBeChecked();
  await expectNoSeriousA11yViolations(page);

  await placement.getByRole("radio", { name: "Uit" }).check();
  await page.getByLabel("Tijdstip van het dagelijkse overzicht").selectOption({ label: "18:00" });
  await page.getByRole("button", { name: "Keuzes opslaan" }).click();
  await expect(page.getByText("Uw keuzes zijn opgeslagen.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("group", { name: "Een plaatsing is vastgelegd" }).getByRole("radio", { name: "Uit" })).toBeChecked();
  await expect(page.getByRole("group", { name: "Er wordt om uw toestemming voor een voordracht gevraagd" }).getByRole("radio", { name: "Direct" })).toBeChecked();
  await expect(page.getByLabel("Tijdstip van het dagelijkse overzicht")).toHaveValue("18");
  await expectNoSeriousA11yViolations(page);
});
