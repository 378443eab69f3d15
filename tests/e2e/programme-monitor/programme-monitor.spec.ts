import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs, signInAs } from "../support/login";

// A seeded project (program-monitor.json); other specs may change its status, so the test sets one explicitly.
const PROJECT = "Gezamenlijke aanpak GGZ";

test("regional staff change a project's status with a note and see it in the history", async ({ page }) => {
  await loginAs(page, "REGIONAL_STAFF");
  await page.getByRole("link", { name: "Programmamonitor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programmamonitor" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Projecten van Perspectief op Werk" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: PROJECT }).click();
  await expect(page.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const status = page.getByLabel("Status", { exact: true });
  const next = (await status.inputValue()) === "RED" ? "ORANGE" : "RED";
  const label = next === "RED" ? "Rood: vertraging of on hold" : "Oranje: opdracht verstrekt of start binnenkort";
  const note = `Nieuwe planning e2e ${Date.now()}`;
  await status.selectOption(next);
  await page.getByLabel(/Toelichting bij de statuswijziging/).fill(note);
  await page.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijziging is opgeslagen." })).toBeVisible();

  const history = page.getByRole("table", { name: "Statuswijzigingen, nieuwste eerst" });
  const row = history.getByRole("row").filter({ hasText: note });
  await expect(row).toContainText(label);
  await expect(row).toContainText("Hanneke Vos");
  await expectNoSeriousA11yViolations(page);

  // A note without a status change is refused with a message in words, not silently dropped.
  await page.getByLabel(/Toelichting bij de statuswijziging/).fill("Alleen een opmerking");
  await page.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByText(/Een toelichting wordt alleen bewaard als u de status wijzigt/).first()).toBeVisible();
});

test("an accountmanager reads the programme monitor without an edit form", async ({ page }) => {
  await signInAs(page, "ACCOUNT_MANAGER");
  await page.goto("/dashboard/programma");
  await page.getByRole("link", { name: PROJECT }).click();
  await expect(page.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await expect(page.getByText("U kunt dit project alleen bekijken.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Wijziging opslaan" })).toHaveCount(0);
});

test("an employer cannot open the programme monitor", async ({ page }) => {
  await signInAs(page, "EMPLOYER");
  await page.goto("/dashboard/programma");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang/);
  await expect(page.getByText(PROJECT)).toHaveCount(0);
});
