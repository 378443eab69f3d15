import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signInAs } from "../support/login";

/** Regional staff straight on `path`, so the test does not wait for the full KPI dashboard (their start page) first. */
async function loginAsStaffTo(page: Page, path: string) {
  await signInAs(page, "REGIONAL_STAFF");
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`), { timeout: 20_000 });
}

// The report runs every D1–D3 query and axe scans long pages: slow on a busy CI machine.
test.describe.configure({ timeout: 150_000 });

test("regional staff open the SUWI monitor and download a CSV", async ({ page }) => {
  await loginAsStaffTo(page, "/dashboard/suwi");
  await expect(page.getByRole("heading", { level: 1, name: "SUWI-monitor werkgeversdienstverlening" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Dienstverlening aan werkgevers/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat telt als bewijs" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CSV van Dienstverlening aan werkgevers/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^suwi-diensten-\d{4}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFDienst;Werkgevers;Aandeel van alle werkgevers\r\n")).toBe(true);
  expect(csv).toContain("1. Kandidaten voorgedragen, inclusief nazorg;");
});

test("regional staff open the monthly report and write a commentary", async ({ page }) => {
  await loginAsStaffTo(page, "/dashboard/rapportage");
  await expect(page.getByRole("heading", { level: 1, name: "Rapportage" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("region", { name: "Maandrapportages" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Maandrapportage werkgeversdienstverlening/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/uitvoeringsoverleg, het directeurenoverleg, het portefeuillehoudersoverleg en het Regionaal Beraad/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Afdrukken of opslaan als PDF" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Kerncijfers/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Programmamonitor/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Too long: refused with a message next to the field, nothing saved.
  const form = page.getByRole("form", { name: "Toelichting bij het SUWI-basispakket" });
  const field = form.getByLabel("Toelichting bij het SUWI-basispakket");
  await field.fill("x".repeat(2001));
  await form.getByRole("button", { name: "Toelichting opslaan" }).click();
  await expect(form.getByText("De toelichting is te lang. Gebruik maximaal 2000 tekens.").first()).toBeVisible();

  const note = `Meer werkgevers kregen advies over instrumenten (e2e ${Date.now()}).`;
  await field.fill(note);
  await form.getByRole("button", { name: "Toelichting opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De toelichting is opgeslagen." })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("toelichting-suwi")).toHaveText(note, { timeout: 20_000 });
  await expect(page.getByText(/door Hanneke Vos/).first()).toBeVisible();
});

test("an accountmanager reads the report without an edit form", async ({ page }) => {
  await signInAs(page, "ACCOUNT_MANAGER");
  await page.goto("/dashboard/rapportage");
  await page.getByRole("region", { name: "Kwartaalrapportages" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Kwartaalrapportage werkgeversdienstverlening/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 2, name: /SUWI-basispakket/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Toelichting opslaan" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
});

test("a period that is not a month or quarter does not exist; employers get no SUWI data", async ({ page }) => {
  await loginAsStaffTo(page, "/dashboard/rapportage");
  const response = await page.goto("/dashboard/rapportage/2026");
  expect(response?.status()).toBe(404);

  await page.context().clearCookies();
  await signInAs(page, "EMPLOYER");
  const csv = await page.request.get("/dashboard/suwi/export/suwi-werkgevers?periode=2026");
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain(";");
  await page.goto("/dashboard/suwi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang/);
});
