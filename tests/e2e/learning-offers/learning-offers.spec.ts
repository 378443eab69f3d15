import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs } from "../support/login";

/** Issue 6 (J5): the public learning offers with a filter; ADMIN adds an offer that then appears publicly. */

function dateInDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
}

test("anyone filters the public learning offers by kind", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Leeraanbod" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leeraanbod" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Soort leeraanbod").selectOption({ label: "BBL-plaats" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/soort=BBL_PLACE/);
  const offers = page.getByRole("list", { name: "Leeraanbod" }).getByRole("listitem");
  expect(await offers.count()).toBeGreaterThan(0);
  for (const offer of await offers.all()) await expect(offer).toContainText("BBL-plaats");
  await expectNoSeriousA11yViolations(page);
});

test("an administrator adds a learning offer after fixing bad input, and it appears publicly", async ({ page }) => {
  // Four pages with an axe check each on a shared 2-core machine.
  test.setTimeout(240_000);
  const title = `Leerwerktraject e2e ${Date.now().toString(36)}`;
  await loginAs(page, "ADMIN");
  await page.locator("#inhoud").getByRole("link", { name: "Leeraanbod", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leeraanbod beheren" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Leeraanbod toevoegen" }).click();

  await page.getByLabel("Webadres voor meer informatie").fill("http://www.voorbeeld.nl");
  await page.getByLabel("Startdata").fill("31-2-2027");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Titel")).toHaveAccessibleDescription(/Vul een titel in\./);
  await expect(page.getByLabel("Webadres voor meer informatie")).toHaveAccessibleDescription(/begint met https:\/\//);
  await expect(page.getByLabel("Startdata")).toHaveAccessibleDescription(/geen bestaande datum/);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Soort leeraanbod").selectOption({ label: "Leerwerktraject" });
  await page.getByLabel("Aanbieder").fill("Leerwerkloket Gooi en Vechtstreek");
  await page.getByLabel("Beschrijving").fill("Vier dagen werken en één dag leren in de techniek.");
  await page.getByLabel("Startdata").fill(`${dateInDays(-30)}\n${dateInDays(40)}`);
  await page.getByLabel("Webadres voor meer informatie").fill("https://www.voorbeeld.nl/techniek");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Het leeraanbod is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  await page.goto(`/leeraanbod?q=${encodeURIComponent(title)}`);
  const offer = page.getByRole("list", { name: "Leeraanbod" }).getByRole("listitem");
  await expect(offer).toHaveCount(1);
  await expect(offer).toContainText(title);
  await expect(offer).toContainText("Leerwerktraject");
  // Only the future start date is shown.
  await expect(offer.getByRole("definition").nth(2)).not.toContainText(",");
  await expect(offer.getByRole("link", { name: /Meer informatie bij Leerwerkloket/ })).toHaveAttribute("href", "https://www.voorbeeld.nl/techniek");
  await expectNoSeriousA11yViolations(page);
});
