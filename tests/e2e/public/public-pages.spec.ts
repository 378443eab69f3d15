import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";

const PUBLIC_PAGES = ["/", "/instrumenten", "/instrumenten/LKS", "/arbeidsmarkt", "/inloggen", "/privacyverklaring", "/toegankelijkheidsverklaring", "/cookieverklaring"];

for (const path of PUBLIC_PAGES) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
  });
}

test("the home page offers the three doors", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: /Ik ben werkgever/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Ik zoek werk of ander werk/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Ik ben professional/ })).toBeVisible();
});

test("the instrument guide searches and opens an instrument with its checked-on date", async ({ page }) => {
  await page.goto("/instrumenten");
  await page.getByRole("searchbox").or(page.getByLabel(/Zoek/)).first().fill("loonkostensubsidie");
  await page.getByRole("button", { name: /Zoek/ }).click();
  await expect(page).toHaveURL(/loonkostensubsidie/);
  await page.getByRole("link", { name: "Loonkostensubsidie" }).first().click();
  await expect(page).toHaveURL(/\/instrumenten\/LKS$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Loonkostensubsidie");
  await expect(page.getByText(/Laatst gecontroleerd op/)).toBeVisible();
});

test("the labour-market page shows figures in tables with sources", async ({ page }) => {
  await page.goto("/arbeidsmarkt");
  await expect(page.locator("table").first()).toBeVisible();
  await expect(page.getByText(/Bron/).first()).toBeVisible();
});

test("the page works at 320 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ["/", "/instrumenten", "/arbeidsmarkt", "/inloggen"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
