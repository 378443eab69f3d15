import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { registerResident } from "../support/register-resident";

/**
 * P5/J5 in the browser: an anonymous visitor searches the public vacancy list and opens a demo
 * vacancy (the demo "Schoonmaakmedewerker" and "Verzorgende IG" are public and open); a new resident
 * shows interest. axe on every page.
 */

test.describe.configure({ timeout: 120_000 });

test("an anonymous visitor lists, filters and opens a public vacancy", async ({ page }) => {
  await page.goto("/vacatures");
  await expect(page.getByRole("heading", { level: 1, name: "Vacatures" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /vacatures? open/ })).toBeVisible();
  const results = page.getByRole("region", { name: "Resultaten" });
  await expect(results.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pagina's met vacatures" })).toContainText(/Pagina 1 van \d+/);
  await expectNoSeriousA11yViolations(page);

  const form = page.getByRole("search", { name: "Vacatures zoeken" });
  await form.getByLabel("Zoek op functie of omschrijving").fill("Schoonmaakmedewerker");
  await form.getByLabel("Uren per week").selectOption({ label: "8 uur of meer" });
  await form.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/vacatures\?q=Schoonmaakmedewerker.*hoursMin=8/);
  await expect(page.getByRole("status").filter({ hasText: /gevonden/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Verzorgende IG" })).toHaveCount(0);

  await page.getByRole("link", { name: "Schoonmaakmedewerker" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Schoonmaakmedewerker" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Over het werk" })).toBeVisible();
  const login = page.getByRole("link", { name: "Inloggen om interesse te tonen" });
  await expect(login).toHaveAttribute("href", /^\/inloggen\?terug=%2Fvacatures%2F[^%]+$/);
  await expect(page.getByRole("button", { name: "Ik heb interesse" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/vacatures/bestaat-niet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
});

test("a new resident shows interest once; without a bemiddelaar the interest is saved for later", async ({ page }) => {
  const run = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await registerResident(page, { firstName: `Interesse${run}`, lastName: "Jansen", email: `e2e-interesse-${run}@voorbeeld.nl` });

  await page.goto("/vacatures?q=Verzorgende+IG");
  await page.getByRole("link", { name: "Verzorgende IG" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Verzorgende IG" })).toBeVisible();

  const interest = page.getByRole("form", { name: "Interesse tonen in Verzorgende IG" });
  const button = interest.getByRole("button", { name: "Ik heb interesse" });
  await button.click();
  await expect(interest.getByRole("status")).toContainText("Uw interesse is opgeslagen.");
  await expect(interest.getByRole("status")).toContainText("Zodra een bemiddelaar u begeleidt");
  await expectNoSeriousA11yViolations(page);

  await button.click();
  await expect(interest.getByRole("status")).toContainText("U heeft al interesse getoond in deze vacature.");

  await page.reload();
  await expect(page.getByText("U heeft al interesse getoond in deze vacature.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ik heb interesse" })).toHaveCount(0);
});
