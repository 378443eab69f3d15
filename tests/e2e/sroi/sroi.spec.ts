import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs } from "../support/login";

/**
 * Issue 6 (A7/E8): the demo employer reports social return on its Wmo contract (demo data: the
 * dossier of Hof van Gooiland, owned by the demo accountmanager); the accountmanager approves it.
 */

const CONTRACT = "Wmo huishoudelijke ondersteuning 2025–2027";

function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

test("an employer reports an SROI delivery and the owner accountmanager approves it", async ({ page, browser }) => {
  // Two people, six pages with an axe check each: more than the default minute on a shared 2-core machine.
  test.setTimeout(300_000);
  const description = `Werkervaringsplaats e2e ${Date.now().toString(36)} met begeleiding op de werkvloer`;

  // The employer sees its obligation and progress, then reports a delivery.
  await loginAs(page, "EMPLOYER");
  await page.getByRole("navigation", { name: "Werkgeversportaal" }).getByRole("link", { name: "SROI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Social return (SROI)" })).toBeVisible();
  await expect(page.getByText(/geleverd \(\d+%\)/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: CONTRACT }).click();
  await expect(page.getByRole("heading", { level: 1, name: CONTRACT })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const employerUrl = page.url();

  await page.getByLabel("Soort levering").selectOption({ label: "Werkervaringsplaats" });
  await page.getByLabel("Waarde in euro's").fill("1.250,505");
  await page.getByLabel("Omschrijving").fill(description);
  await page.getByLabel("Geleverd op").fill(todayInAmsterdam());
  await page.getByRole("button", { name: "Levering melden" }).click();
  // The error is next to the field (linked to it) and in the summary; nothing was stored.
  await expect(page.getByLabel("Waarde in euro's")).toHaveAccessibleDescription(/Gebruik maximaal 2 cijfers achter de komma\./);
  await expect(page.getByRole("link", { name: "Gebruik maximaal 2 cijfers achter de komma." })).toBeVisible();
  await expect(page.getByRole("cell", { name: description })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Waarde in euro's").fill("1.250,50");
  await page.getByRole("button", { name: "Levering melden" }).click();
  await expect(page.getByText("Uw levering is gemeld.")).toBeVisible();
  const reported = page.getByRole("row").filter({ hasText: description });
  await expect(reported).toContainText("Gemeld, wacht op beoordeling");
  await expect(reported).toContainText("1.250,50");

  // The owner accountmanager finds it in the SROI overview and approves it.
  const context = await browser.newContext();
  const professional = await context.newPage();
  await loginAs(professional, "ACCOUNT_MANAGER");
  await professional.getByRole("navigation", { name: "Werkplek" }).getByRole("link", { name: "SROI" }).click();
  await expect(professional.getByRole("heading", { level: 1, name: "SROI" })).toBeVisible();
  await expectNoSeriousA11yViolations(professional);
  await professional.getByRole("link", { name: CONTRACT }).click();
  await expect(professional.getByRole("heading", { level: 1, name: CONTRACT })).toBeVisible();
  await expectNoSeriousA11yViolations(professional);

  const row = professional.getByRole("row").filter({ hasText: description });
  await row.getByRole("button", { name: /^Goedkeuren/ }).click();
  await expect(row).toContainText("Goedgekeurd");
  await expect(row.getByRole("button")).toHaveCount(0);

  // The employer's dossier list and the new-dossier form (bad input first) for the accountmanager.
  await professional.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "SROI", exact: true }).click();
  await expect(professional.getByRole("heading", { level: 1, name: /^SROI-dossiers van / })).toBeVisible();
  await expectNoSeriousA11yViolations(professional);
  await professional.getByRole("link", { name: "Nieuw SROI-dossier" }).click();
  await professional.getByLabel("Naam van het contract").fill("Schoonmaak sporthallen");
  await professional.getByLabel("Gemeente").selectOption({ label: "Hilversum" });
  await professional.getByLabel("Contractwaarde").fill("100.000");
  await professional.getByLabel("SROI-verplichting").fill("150.000");
  await professional.getByLabel("Begindatum").fill("2026-01-01");
  await professional.getByLabel("Einddatum").fill("2025-12-31");
  await professional.getByRole("button", { name: "Opslaan" }).click();
  await expect(professional.getByLabel("SROI-verplichting")).toHaveAccessibleDescription(/De verplichting mag niet hoger zijn dan de contractwaarde\./);
  await expect(professional.getByLabel("Einddatum")).toHaveAccessibleDescription(/De einddatum moet na de begindatum liggen\./);
  await expectNoSeriousA11yViolations(professional);
  await context.close();

  // The employer sees the outcome.
  await page.goto(employerUrl);
  await expect(page.getByRole("row").filter({ hasText: description })).toContainText("Goedgekeurd");
  await page.goto("/werkgever/meldingen");
  await expect(page.getByText("SROI-levering goedgekeurd").first()).toBeVisible();
});
