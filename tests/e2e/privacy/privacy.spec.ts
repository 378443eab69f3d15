import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs, signInAs } from "../support/login";
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
  await signInAs(page, "EMPLOYER");
  const response = await page.request.get("/werkzoekende/privacy/download");
  expect(response.status()).toBe(404);
});

test("the administrator refuses without a reason, then carries out a deletion request; the resident can no longer log in", async ({ page, browser }) => {
  const token = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const person = { firstName: "Wis", lastName: `Mijweg${token}`, email: `wissen-${token}@test.werkcentrum.nl` };
  await registerResident(page, person);

  // The resident's candidate number comes from their own data download (the admin list shows numbers only).
  await page.goto("/werkzoekende/privacy");
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download mijn gegevens" }).click();
  const data = JSON.parse(await readFile((await (await downloadPromise).path())!, "utf8")) as { profiel: { id: string } };
  const candidateId = data.profiel.id;

  const section = page.getByRole("region", { name: "Mijn gegevens laten verwijderen" });
  await section.getByRole("button", { name: "Verder" }).click();
  await section.getByRole("button", { name: "Ja, verstuur mijn verzoek" }).click();
  await expect(section.getByText("Uw verzoek is in behandeling")).toBeVisible({ timeout: 15_000 });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAs(admin, "ADMIN");
  await admin.getByRole("link", { name: "Verwijderverzoeken" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Verwijderverzoeken" })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await admin.getByRole("link", { name: candidateId }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Verwijderverzoek" })).toBeVisible();
  await expect(admin.getByRole("region", { name: /Gegevens van deze inwoner per soort/ })).toBeVisible();
  await expect(admin.getByText(person.lastName)).toHaveCount(0);
  await expectNoSeriousA11yViolations(admin);

  // Refusing needs a reason: the error stands next to the field and in the summary.
  await admin.getByRole("button", { name: "Weigeren" }).click();
  await expect(admin.getByLabel("Reden van weigeren")).toHaveAccessibleDescription(/Vul in waarom u het verzoek weigert\./);
  await expect(admin.getByRole("link", { name: "Vul in waarom u het verzoek weigert." })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);

  await admin.getByRole("button", { name: "Verwijderen/anonimiseren uitvoeren" }).click();
  await expect(admin.getByRole("heading", { name: "Weet u het zeker?" })).toBeVisible();
  await admin.getByRole("button", { name: "Ja, verwijder de gegevens" }).click();
  await expect(admin.getByText("Dit verzoek is uitgevoerd")).toBeVisible({ timeout: 30_000 });
  await expect(admin.getByRole("button", { name: "Weigeren" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(admin);
  await adminContext.close();

  // The resident's session has ended, and logging in again fails.
  await page.goto("/werkzoekende/privacy");
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByLabel("Wachtwoord").fill("Een lange eigen wachtzin 2026");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("De combinatie van e-mailadres en wachtwoord klopt niet.")).toBeVisible();
  await expect(page).toHaveURL(/\/inloggen/);
});
