import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs } from "../support/login";

/**
 * Issue 14 O4: ADMIN keeps reference data current. Uses an instrument (Werkvoorzieningen) and a figure (inhabitants
 * in 2040) that no other spec asserts on; the figures are restored at the end.
 */

const INSTRUMENT = { code: "WERKPLEKAANPASSING", name: "Werkvoorzieningen" };

test("ADMIN edits an instrument's condition and marks it checked; the public page shows both", async ({ page }) => {
  test.setTimeout(240_000);
  const condition = `Alleen met een advies van de arbeidsdeskundige (e2e ${Date.now().toString(36)}).`;
  await loginAs(page, "ADMIN");
  await page.locator("#inhoud").getByRole("link", { name: "Instrumenten", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instrumenten beheren" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/beheer/instrumenten/${INSTRUMENT.code}`);
  await expect(page.getByRole("heading", { level: 1, name: `${INSTRUMENT.name} wijzigen` })).toBeVisible();
  await page.getByLabel("Links naar meer informatie").fill("Werkvoorzieningen | http://www.uwv.nl");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Links naar meer informatie")).toHaveAccessibleDescription(/https:\/\//);
  await expectNoSeriousA11yViolations(page);

  // An old check date puts it on the review list and the public page warns.
  await page.getByLabel("Voorwaarden").fill(condition);
  await page.getByLabel("Links naar meer informatie").fill("Werkvoorzieningen bij UWV | https://www.uwv.nl/werkgevers");
  await page.getByLabel("Laatst gecontroleerd").fill("2025-01-02");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Het instrument is opgeslagen.")).toBeVisible();

  await page.goto(`/instrumenten/${INSTRUMENT.code}`);
  await expect(page.getByText(condition)).toBeVisible();
  await expect(page.getByRole("link", { name: "Werkvoorzieningen bij UWV" })).toHaveAttribute("href", "https://www.uwv.nl/werkgevers");
  await expect(page.getByText(/Laatst gecontroleerd op 2 januari 2025/)).toBeVisible();
  await expect(page.getByText("Deze informatie is mogelijk verouderd.")).toBeVisible();

  // "Vandaag gecontroleerd" from the review list.
  await page.goto("/beheer/instrumenten");
  const review = page.getByRole("region", { name: /maanden of langer niet zijn gecontroleerd/ });
  await review.getByRole("button", { name: `Vandaag gecontroleerd (${INSTRUMENT.name})` }).click();
  await expect(review.getByRole("link", { name: INSTRUMENT.name })).toHaveCount(0);

  await page.goto(`/instrumenten/${INSTRUMENT.code}`);
  await expect(page.getByText(condition)).toBeVisible();
  await expect(page.getByText(/Laatst gecontroleerd op/)).toBeVisible();
  await expect(page.getByText("Deze informatie is mogelijk verouderd.")).toHaveCount(0);
});

async function uploadCsv(page: Page, text: string) {
  await page.getByLabel("CSV-bestand met de cijfers").setInputFiles({ name: "cijfers.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
}

async function replaceWith(page: Page, text: string) {
  await page.goto("/beheer/arbeidsmarkt");
  await uploadCsv(page, text);
  await expect(page).toHaveURL(/\/beheer\/arbeidsmarkt\/voorbeeld\//, { timeout: 30_000 });
  await page.getByRole("button", { name: "Vervangen" }).click();
  await expect(page.getByText("De cijfers zijn vervangen.", { exact: false })).toBeVisible({ timeout: 30_000 });
}

test("ADMIN replaces the labour-market figures with a CSV: a bad row changes nothing, a good file after the preview does", async ({ page }) => {
  test.setTimeout(300_000);
  await loginAs(page, "ADMIN");
  await page.locator("#inhoud").getByRole("link", { name: "Arbeidsmarktcijfers", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Arbeidsmarktcijfers beheren" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const download = await page.request.get("/beheer/arbeidsmarkt/sjabloon");
  expect(download.headers()["content-type"]).toContain("text/csv");
  const original = await download.text();
  const line = /^kerncijfers;;inwoners_2040;(\d+);/m.exec(original);
  expect(line, "the template has the inhabitants of 2040").not.toBeNull();
  const withNewFigure = original.replace(/^kerncijfers;;inwoners_2040;\d+;/m, "kerncijfers;;inwoners_2040;262345;");

  try {
    // One bad row: the error names row and column, and nothing changes.
    await uploadCsv(page, withNewFigure.replace(/^banenafspraak;;doel_regio;\d+;/m, "banenafspraak;;doel_regio;veel;"));
    await expect(page.getByText(/^Rij \d+, kolom waarde: "veel" is geen getal/)).toBeVisible();
    await expect(page.getByText("Het bestand heeft fouten. Er is niets gewijzigd.").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto("/arbeidsmarkt");
    await expect(page.getByText(/in 2040 naar verwachting 262\.345/)).toHaveCount(0);

    // A good file: preview first, then Vervangen.
    await page.goto("/beheer/arbeidsmarkt");
    await uploadCsv(page, withNewFigure);
    await expect(page).toHaveURL(/\/beheer\/arbeidsmarkt\/voorbeeld\//, { timeout: 30_000 });
    await expect(page.getByText("1 cijfer gewijzigd")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto("/arbeidsmarkt");
    await expect(page.getByText(/in 2040 naar verwachting 262\.345/)).toHaveCount(0);
    await page.goBack();
    await page.getByRole("button", { name: "Vervangen" }).click();
    await expect(page.getByText("De cijfers zijn vervangen.", { exact: false })).toBeVisible({ timeout: 30_000 });
    await page.goto("/arbeidsmarkt");
    await expect(page.getByText(/in 2040 naar verwachting 262\.345/)).toBeVisible();
  } finally {
    await replaceWith(page, original);
  }
  await page.goto("/arbeidsmarkt");
  await expect(page.getByText(/in 2040 naar verwachting 262\.345/)).toHaveCount(0);
});

test("the werkfit rule page shows the active rule and its history, and the form to change it", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, "ADMIN");
  await page.locator("#inhoud").getByRole("link", { name: "Werkfit-regel", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Actieve regel: versie \d+/ })).toBeVisible();
  await expect(page.getByText(/Een kandidaat is werkfit als alle \d+ werknemersvaardigheden/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Regel wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Werkfit-regel wijzigen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
