import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs } from "../support/login";

/**
 * B5, B6, E6, E7, A5, J4 pages, on the demo data read-only (asserted loosely: the demo seed may hold
 * placements in any state). The full journey (proposal → placement → clock → duurzaam) is the lead's.
 */
test.describe.configure({ timeout: 120_000 });

async function firstPlacementLink(page: Page | Locator, prefix: string) {
  const links = page.locator(`a[href^="${prefix}/"]`);
  return (await links.count()) > 0 ? links.first() : null;
}

test("bemiddelaar: plaatsingen, a placement with its forms, the placement form of a proposal; axe clean", async ({ page }) => {
  await loginAs(page, "JOB_MEDIATOR");
  await expect(page.getByRole("heading", { level: 2, name: "Nazorg", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Nazorg te doen/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/professional/plaatsingen");
  await expect(page.getByRole("heading", { level: 1, name: "Plaatsingen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nazorg: gepland, nu te doen, te laat" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const link = await firstPlacementLink(page.getByRole("main"), "/professional/plaatsingen");
  if (link) {
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: /^Plaatsing: / })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Instrumenten" })).toBeVisible();
    test.info().annotations.push({ type: "checked", description: "professional placement detail" });
    const signal = page.getByRole("form", { name: "Knelpunt melden" });
    if (await signal.isVisible()) {
      await signal.getByRole("button", { name: "Knelpunt melden" }).click();
      await expect(signal.getByText("Beschrijf het knelpunt.").first()).toBeVisible();
      test.info().annotations.push({ type: "checked", description: "knelpunt form" });
    }
    await expectNoSeriousA11yViolations(page);
  }

  // The placement form: try the bemiddelaar's proposals until one can be placed (demo data, read-only).
  await page.goto("/professional/voordrachten");
  const hrefs = await page.locator('a[href^="/professional/voordrachten/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of [...new Set(hrefs)].slice(0, 12)) {
    await page.goto(`${href.split("?")[0]}/plaatsen`);
    const form = page.getByRole("form", { name: "Plaatsing vastleggen" });
    if (!(await form.isVisible())) continue;
    await form.getByLabel("Uren per week").fill("41");
    await form.getByRole("button", { name: "Plaatsing vastleggen" }).click();
    await expect(form.getByText("Vul de startdatum in.").first()).toBeVisible();
    await expect(form.getByText("Vul een aantal uren tussen 1 en 40 in.").first()).toBeVisible();
    await form.getByLabel("Soort contract").selectOption("TRIAL_PLACEMENT");
    await expect(form.getByLabel("Einddatum proefplaatsing")).toBeVisible();
    await form.getByRole("group", { name: "Instrument 1" }).getByLabel("Instrument").selectOption("LKS");
    await expect(form.getByRole("group", { name: "Instrument 1" }).getByLabel(/Loonwaarde in procenten/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    test.info().annotations.push({ type: "checked", description: "placement form" });
    break;
  }
});

test("accountmanager sees placements anonymised; employer and resident pages; axe clean", async ({ browser }) => {
  const am = await (await browser.newContext()).newPage();
  await loginAs(am, "ACCOUNT_MANAGER");
  await expect(am.getByRole("heading", { name: /^Open knelpunten/ })).toBeVisible();
  await am.goto("/professional/plaatsingen");
  await expect(am.getByRole("heading", { level: 1, name: "Plaatsingen" })).toBeVisible();
  const rows = am.getByRole("table", { name: /Plaatsingen/ }).getByRole("rowheader");
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/^Kandidaat \(bemiddelaar: /);
  await expectNoSeriousA11yViolations(am);

  const employer = await (await browser.newContext()).newPage();
  await loginAs(employer, "EMPLOYER");
  await expectNoSeriousA11yViolations(employer);
  await employer.goto("/werkgever/plaatsingen");
  await expect(employer.getByRole("heading", { level: 1, name: "Plaatsingen" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);
  const link = await firstPlacementLink(employer.getByRole("main"), "/werkgever/plaatsingen");
  if (link) {
    await link.click();
    await expect(employer.getByRole("heading", { name: "Instrumenten" })).toBeVisible();
    await expect(employer.getByRole("table", { name: "Uw nazorgvragen" })).toBeVisible();
    test.info().annotations.push({ type: "checked", description: "employer placement detail" });
    const answer = employer.getByRole("form", { name: /^Nazorgvraag na/ }).first();
    if (await answer.isVisible()) {
      await answer.getByRole("button", { name: "Antwoord versturen" }).click();
      await expect(answer.getByText("Kies een score van 1 tot en met 5.").first()).toBeVisible();
      test.info().annotations.push({ type: "checked", description: "employer check-in form" });
    }
    await expectNoSeriousA11yViolations(employer);
  }

  const resident = await (await browser.newContext()).newPage();
  await loginAs(resident, "JOBSEEKER");
  await expect(resident.getByRole("heading", { level: 1, name: "Mijn traject" })).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
});
