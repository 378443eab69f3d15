import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signInAs } from "../support/login";

test.describe("matching (B3)", () => {
  test("the bemiddelaar opens matches for a handed-over vacancy and reads why a candidate scores as it does", async ({ page }) => {
    await signInAs(page, "JOB_MEDIATOR");
    await page.goto("/professional/vacatures");
    const handedOver = page.getByRole("table").getByRole("link").first();
    await expect(handedOver).toBeVisible();
    const title = (await handedOver.textContent())!.trim();
    await handedOver.click();
    await page.getByRole("link", { name: "Kandidaten zoeken" }).click();

    await expect(page.getByRole("heading", { level: 1, name: `Kandidaten voor ${title}` })).toBeVisible();
    const table = page.getByRole("table", { name: /best passende kandidaten/ });
    await expect(table).toBeVisible();
    const firstRow = table.getByRole("row").nth(1);
    await expect(firstRow.getByRole("cell").first()).toHaveText("1");

    await firstRow.getByText(/Waarom \d+ punten/).click();
    const explanation = firstRow.locator("details");
    await expect(explanation.getByText(/Vaardigheden: \d+ van 50 punten\./)).toBeVisible();
    for (const part of [/Beroepswens: \d+ van 15 punten\./, /Uren per week: \d+ van 10 punten\./, /Werkgebied en reistijd: \d+ van 10 punten\./, /Beschikbaarheid: \d+ van 10 punten\./, /Werkfit: \d van 5 punten\./]) {
      await expect(explanation.getByText(part)).toBeVisible();
    }
    // The parts add up to the total shown in the row.
    const total = Number((await firstRow.getByRole("cell").nth(1).textContent())!.match(/\d+/)![0]);
    const points = (await explanation.locator("li > span.font-semibold").allTextContents()).map((text) => Number(text.match(/: (\d+) van/)![1]));
    expect(points.reduce((sum, n) => sum + n, 0)).toBe(total);
    await expect(explanation.getByText(`Totaal: ${total} van 100 punten.`)).toBeVisible();
    await expect(explanation.getByText(/Vaardigheden die de kandidaat heeft|Vaardigheden die ontbreken/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the bemiddelaar filters the candidates with a plain GET form and gets a Dutch message for a wrong date", async ({ page }) => {
    await signInAs(page, "JOB_MEDIATOR");
    await page.goto("/professional/vacatures");
    await page.getByRole("table").getByRole("link").first().click();
    await page.getByRole("link", { name: "Kandidaten zoeken" }).click();
    const table = page.getByRole("table", { name: /best passende kandidaten/ });
    await page.getByLabel("Alleen werkfit").check();
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/werkfit=ja/);
    for (const cell of await table.getByRole("row").locator("td:nth-child(4)").allTextContents()) expect(cell).toMatch(/^Ja/);

    await page.goto(`${page.url().split("?")[0]}?beschikbaar=2026-02-30`);
    await expect(page.getByRole("alert", { name: "Er is iets niet goed ingevuld" })).toContainText("Vul een bestaande datum in");
    await expect(page.getByLabel(/Beschikbaar op of vóór/)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test("the accountmanager sees the candidates for an own employer's vacancy only anonymised", async ({ page }) => {
    await signInAs(page, "ACCOUNT_MANAGER");
    await page.goto("/professional/vacatures?status=open");
    await page.getByRole("link", { name: "Helpende zorg en welzijn" }).first().click();
    await page.getByRole("link", { name: "Kandidaten zoeken" }).click();
    const table = page.getByRole("table", { name: /best passende kandidaten/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole("link")).toHaveCount(0);
    await expect(table.getByText(/^Anonieme kandidaat 1$/)).toBeVisible();
    await expect(table.getByText(/Bemiddelaar: /).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the bemiddelaar opens the open vacancies that fit an own candidate", async ({ page }) => {
    await signInAs(page, "JOB_MEDIATOR");
    await page.goto("/professional/kandidaten");
    await page.getByRole("link", { name: "Nadia Boukhari" }).first().click();
    await page.getByRole("link", { name: "Passende vacatures (matches)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Passende vacatures voor Nadia Boukhari" })).toBeVisible();
    const table = page.getByRole("table", { name: /best passende open vacatures/ });
    await expect(table.getByRole("row").nth(1)).toBeVisible();
    await table.getByRole("row").nth(1).getByText(/Waarom \d+ punten/).click();
    await expect(table.getByRole("row").nth(1).getByText(/Vaardigheden: \d+ van 50 punten\./)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
