import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs } from "../support/login";
import { registerResident } from "../support/register-resident";

/**
 * J6 in the browser: a new resident opens "Mijn gegevens", downloads their data as JSON (own name in
 * it) and asks for deletion with a confirmation step, then sees the status. axe on the page.
 */

test.describe.configure({ timeout: 120_000 });

test("a resident downloads their data and asks for deletion", async ({ page }) => {
  const token = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const person = { firstName: "Privé", lastName: `Inwoner${token}`, email: `privacy-${token}@test.werkcentrum.nl` };
  await registerResident(page, person);

  await page.goto("/werkzoekende");
  await page.getByRole("navigation", { name: "Mijn Werkcentrum" }).getByRole("link", { name: "Mijn gegevens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download mijn gegevens" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8")) as { profiel: { firstName: string; lastName: string }; account: Record<string, unknown> };
  expect(data.profiel).toMatchObject({ firstName: person.firstName, lastName: person.lastName });
  expect(data.account.email).toBe(person.email);
  expect(JSON.stringify(data)).not.toContain("passwordHash");

  const section = page.getByRole("region", { name: "Mijn gegevens laten verwijderen" });
  await section.getByLabel(/Waarom wilt u dat wij uw gegevens verwijderen/).fill("Ik heb zelf werk gevonden.");
  await section.getByRole("button", { name: "Verder" }).click();
  await expect(section.getByRole("heading", { name: "Weet u het zeker?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await section.getByRole("button", { name: "Nee, ga terug" }).click();
  await expect(section.getByLabel(/Waarom wilt u dat wij uw gegevens verwijderen/)).toHaveValue("Ik heb zelf werk gevonden.");
  await section.getByRole("button", { name: "Verder" }).click();
  await section.getByRole("button", { name: "Ja, verstuur mijn verzoek" }).click();

  await expect(section.getByText("Uw verzoek is in behandeling")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(section.getByText(/U vroeg op \d{1,2} \w+ \d{4} om uw gegevens te verwijderen/)).toBeVisible();
  await expect(section.getByRole("button", { name: "Verder" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("someone who is not a resident gets no download", async ({ page }) => {
  await loginAs(page, "EMPLOYER");
  const response = await page.request.get("/werkzoekende/privacy/download");
  expect(response.status()).toBe(404);
});
