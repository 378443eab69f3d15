import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs } from "../support/login";

/**
 * B5, B6, E6, E7, A5, J4 pages on the demo data, read-only: the demo seed guarantees a running placement
 * with an overdue employee check-in for the demo bemiddelaar, invited proposals, and a due employer check-in
 * for the demo employer. The full journey (proposal → placement → clock → duurzaam) is the lead's.
 */
test.describe.configure({ timeout: 120_000 });

test("bemiddelaar: plaatsingen, a placement with its forms, the placement form of a proposal; axe clean", async ({ page }) => {
  await loginAs(page, "JOB_MEDIATOR");
  await expect(page.getByRole("heading", { level: 2, name: "Nazorg", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Nazorg te doen/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/professional/plaatsingen");
  await expect(page.getByRole("heading", { level: 1, name: "Plaatsingen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nazorg: gepland, nu te doen, te laat" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The demo bemiddelaar has a running placement with an overdue employee check-in (prisma/seed/demo/placements.ts).
  await page.goto("/professional");
  await page.getByRole("list", { name: /^Nazorg te doen/ }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Plaatsing: / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Instrumenten" })).toBeVisible();
  const signal = page.getByRole("form", { name: "Knelpunt melden" });
  await signal.getByRole("button", { name: "Knelpunt melden" }).click();
  await expect(signal.getByText("Beschrijf het knelpunt.").first()).toBeVisible();
  // Instruments can be added later; an invalid loonwaarde is refused in Dutch and nothing is stored.
  const addInstrument = page.getByRole("form", { name: "Instrument toevoegen" });
  await addInstrument.getByLabel("Instrument", { exact: true }).selectOption({ index: 1 });
  await addInstrument.getByLabel(/Loonwaarde in procenten/).fill("150");
  await addInstrument.getByRole("button", { name: "Instrument toevoegen" }).click();
  await expect(addInstrument.getByText("Vul een loonwaarde tussen 1 en 99 procent in.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The placement form of one of the bemiddelaar's proposals with an invitation (the demo data has several).
  await page.goto("/professional/voordrachten?status=INVITED");
  const href = await page.locator('a[href^="/professional/voordrachten/"]').first().getAttribute("href");
  await page.goto(`${href!.split("?")[0]}/plaatsen`);
  const form = page.getByRole("form", { name: "Plaatsing vastleggen" });
  await form.getByLabel("Uren per week").fill("41");
  await form.getByRole("button", { name: "Plaatsing vastleggen" }).click();
  await expect(form.getByText("Vul de startdatum in.").first()).toBeVisible();
  await expect(form.getByText("Vul een aantal uren tussen 1 en 40 in.").first()).toBeVisible();
  await form.getByLabel("Soort contract").selectOption("TRIAL_PLACEMENT");
  await expect(form.getByLabel("Einddatum proefplaatsing")).toBeVisible();
  await form.getByRole("group", { name: "Instrument 1" }).getByLabel("Instrument").selectOption("LKS");
  await expect(form.getByRole("group", { name: "Instrument 1" }).getByLabel(/Loonwaarde in procenten/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
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
  // The demo employer has a placement whose employer check-in is due (prisma/seed/demo/placements.ts).
  const hrefs = await employer.getByRole("main").locator('a[href^="/werkgever/plaatsingen/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  let answer = employer.getByRole("form", { name: /^Nazorgvraag na/ }).first();
  for (const href of [...new Set(hrefs)]) {
    await employer.goto(href);
    await expect(employer.getByRole("heading", { name: "Instrumenten" })).toBeVisible();
    await expect(employer.getByRole("table", { name: "Uw nazorgvragen" })).toBeVisible();
    answer = employer.getByRole("form", { name: /^Nazorgvraag na/ }).first();
    if ((await answer.count()) > 0) break;
  }
  await answer.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(answer.getByText("Kies een score van 1 tot en met 5.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  const resident = await (await browser.newContext()).newPage();
  await loginAs(resident, "JOBSEEKER");
  await expect(resident.getByRole("heading", { level: 1, name: "Mijn traject" })).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
});
