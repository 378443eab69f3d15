import { expect, test } from "@playwright/test";
import { signInAs } from "../support/login";

/** Issue 3: people who may not see or change an employer's records get "not found" or "Geen toegang". */

const DEMO_EMPLOYER_ORGANISATION = "Stichting Zorggroep Hof van Gooiland"; // prisma/seed/demo/catalog.ts

test("the demo employer cannot open another organisation's vacancy", async ({ page, browser }) => {
  // The demo accountmanager's intake list: pick a vacancy of an organisation that is not the demo employer's.
  const accountManager = await browser.newContext();
  const professional = await accountManager.newPage();
  await signInAs(professional, "ACCOUNT_MANAGER");
  await professional.goto("/professional/vacatures?status=all");
  const foreignRow = professional
    .getByRole("table", { name: /Vacatures van werkgevers/ })
    .getByRole("row")
    .filter({ has: professional.getByRole("link", { name: /./ }) })
    .filter({ hasNotText: DEMO_EMPLOYER_ORGANISATION })
    .first();
  const link = foreignRow.getByRole("link").first();
  await expect(link).toBeVisible();
  const foreignTitle = (await link.textContent())!.trim();
  const foreignId = (await link.getAttribute("href"))!.split("/").pop()!;
  await accountManager.close();
  expect(foreignTitle.length).toBeGreaterThan(0);

  await signInAs(page, "EMPLOYER");
  // The demo employer's own list does not contain it either.
  await page.goto("/werkgever/vacatures");
  await expect(page.getByRole("heading", { level: 1, name: "Vacatures" })).toBeVisible();
  await expect(page.getByRole("link", { name: foreignTitle, exact: true })).toHaveCount(0);

  for (const path of [`/werkgever/vacatures/${foreignId}`, `/werkgever/vacatures/${foreignId}/wijzigen`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
    await expect(page.getByText(foreignTitle)).toHaveCount(0);
    await expect(page.getByLabel("Functietitel")).toHaveCount(0);
  }
});

test("a bemiddelaar cannot open the edit page of an employer", async ({ page }) => {
  await signInAs(page, "JOB_MEDIATOR");
  // Bemiddelaars may read the register; take the first employer from it.
  await page.goto("/professional/werkgevers");
  const first = page.getByRole("table", { name: /Werkgevers, gesorteerd op/ }).getByRole("rowheader").first().getByRole("link");
  await expect(first).toBeVisible();
  const employerName = (await first.textContent())!.trim();
  const employerId = (await first.getAttribute("href"))!.split("/").pop()!;

  // The employer page itself is readable, but offers no edit button.
  await page.goto(`/professional/werkgevers/${employerId}`);
  await expect(page.getByRole("heading", { level: 1, name: employerName })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gegevens bewerken" })).toHaveCount(0);

  for (const path of [`/professional/werkgevers/${employerId}/bewerken`, `/professional/werkgevers/${employerId}/overdragen`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
    await expect(page.getByRole("button", { name: /Gegevens opslaan|Werkgever overdragen/ })).toHaveCount(0);
    await expect(page.getByLabel("Statutaire naam")).toHaveCount(0);
  }
});

test("a jobseeker cannot open the employer vacancies or the professional inbox", async ({ page }) => {
  await signInAs(page, "JOBSEEKER");
  for (const path of ["/werkgever/vacatures", "/werkgever/vacatures/nieuw", "/professional/inbox"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/geen-toegang$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expect(page.getByRole("button", { name: /Vacature doorgeven|Antwoord versturen/ })).toHaveCount(0);
  }
});
