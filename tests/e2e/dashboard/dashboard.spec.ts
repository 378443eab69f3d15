import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs, signInAs } from "../support/login";

const tablesText = (page: Page) => page.locator("section[aria-labelledby='tabel-vacatures'], section[aria-labelledby='tabel-voorstellen'], section[aria-labelledby='tabel-plaatsingen-contractvorm'], section[aria-labelledby='tabel-dubbele-benadering']").allInnerTexts();

test("regional staff open the KPI dashboard, filter by municipality and download a table as CSV", async ({ page }) => {
  // Two full dashboard renders and two axe runs on a shared 2-core machine.
  test.setTimeout(180_000);
  await loginAs(page, "REGIONAL_STAFF");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Kerncijfers/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Vacatures en eerste voorstel" })).toBeVisible();
  await expect(page.getByText(/(Hoger dan|Lager dan|Gelijk aan|Niet te vergelijken met) de vorige periode/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const before = await tablesText(page);
  await page.getByLabel("Gemeente").selectOption({ label: "Hilversum" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/gemeente=GM0402/);
  await expect(page.getByLabel("Gemeente")).toHaveValue("GM0402");
  await expect(page.getByRole("table", { name: "Vacatures en eerste voorstel" })).toBeVisible();
  expect(await tablesText(page)).not.toEqual(before);
  await expectNoSeriousA11yViolations(page);

  const link = page.getByRole("link", { name: "Download CSV van Vacatures ontvangen" });
  await expect(link).toHaveAttribute("href", /\/dashboard\/export\/vacatures\?periode=\d{4}.*gemeente=GM0402/);
  const downloadPromise = page.waitForEvent("download");
  await link.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^vacatures-.*\.csv$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString("utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv).toContain(";");
  expect(csv).toContain("Vacatures ontvangen");
});

test("the dashboard works at 320 px without the page scrolling sideways", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await loginAs(page, "REGIONAL_STAFF");
  await expect(page.getByRole("table", { name: "Plaatsingen naar contractvorm" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an accountmanager sees the dashboard read-only", async ({ page }) => {
  await signInAs(page, "ACCOUNT_MANAGER");
  await page.goto("/dashboard");
  await expect(page.getByText("Alleen bekijken")).toBeVisible();
  await expect(page.getByRole("table", { name: "Vacatures en eerste voorstel" })).toBeVisible();
});

for (const role of ["EMPLOYER", "JOBSEEKER"] as const) {
  test(`${role.toLowerCase()} gets no dashboard and no CSV`, async ({ page }) => {
    await signInAs(page, role);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang/);
    await expect(page.getByRole("table")).toHaveCount(0);

    const response = await page.request.get("/dashboard/export/vacatures?periode=2026");
    expect(response.status()).toBe(403);
    const body = await response.text();
    expect(body).not.toContain(";");
    expect(body).not.toContain("Vacatures ontvangen");
  });
}

test("without logging in the export refuses", async ({ request }) => {
  const response = await request.get("/dashboard/export/vacatures?periode=2026", { maxRedirects: 0 });
  expect([401, 302, 303, 307]).toContain(response.status());
  expect(await response.text()).not.toContain("Vacatures ontvangen");
});
