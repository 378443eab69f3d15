import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs, loginWithEmail, signInAs } from "../support/login";

/**
 * B1 caseload and B2 werkfit as the demo bemiddelaar (Femke Jansen). Nadia Boukhari (the demo
 * resident) stays Femke's; the transfer test hands a different candidate to a colleague and back.
 */

// Long journeys on a shared 2-core machine; the tests do not depend on each other.
test.describe.configure({ timeout: 180_000 });

// A colleague of the same partner (GEMEENTE): a bemiddelaar of another partner is not offered, that needs a
// warm handover with the resident's consent (decision 023).
const OTHER_MEDIATOR = { name: "Ricardo Martina", email: "ricardo.martina@demo.werkcentrum.nl" };
const OTHER_PARTNER_MEDIATOR = "Kees Verhoeven"; // UWV

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("the bemiddelaar filters her caseload, opens Nadia's dossier and records a werkfit assessment", async ({ page }) => {
  await loginAs(page, "JOB_MEDIATOR");
  await page.getByRole("navigation", { name: "Werkplek" }).getByRole("link", { name: "Kandidaten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn kandidaten" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk de nieuwe aanmeldingen van uw team" })).toHaveAttribute("href", "/professional/kandidaten/aanmeldingen");
  await expectNoSeriousA11yViolations(page);

  const search = page.getByRole("search", { name: "Mijn kandidaten zoeken" });
  await search.getByLabel("Zoek op naam").fill("nadia bou");
  await search.getByLabel("Wens: beroepsklasse").selectOption({ label: "Zorg en welzijn beroepen" });
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/q=nadia\+bou/);
  await expect(page.getByRole("status").filter({ hasText: "gevonden" })).toHaveText("1 kandidaat gevonden");
  await page.getByRole("link", { name: "Nadia Boukhari" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Nadia Boukhari" })).toBeVisible();
  await expect(page.getByText("Vaste bemiddelaar: u.")).toBeVisible();
  for (const link of ["Profiel en cv bewerken", "Passende vacatures (matches)", "Overdragen aan een andere bemiddelaar"]) {
    await expect(page.getByRole("navigation", { name: "Acties voor deze kandidaat" }).getByRole("link", { name: link })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Werkfit beoordelen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Werkfit beoordelen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Nothing scored yet: Dutch errors at the fields and in the summary, nothing stored.
  const form = page.getByRole("form", { name: "Werkfit-beoordeling vastleggen" });
  await form.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Er is iets niet goed ingevuld" });
  await expect(summary.getByRole("link", { name: "Kies een score voor Werkmotivatie." })).toBeVisible();
  await expect(form.getByRole("group", { name: "Huisvesting" }).getByText("Kies een score voor Huisvesting.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Score everything 3 ("Voldoende"), except one life domain at 1: the rule says not werkfit.
  for (const group of await form.getByRole("group").all()) {
    const name = await group.locator("legend").textContent();
    if (name === "Wijkt u af van de uitkomst van de regel?") continue;
    await group.getByLabel(name === "Verslaving" ? "1 Belemmert werk" : "3 Voldoende").check();
  }
  const outcome = form.getByRole("status");
  await expect(outcome).toHaveText("Uitkomst volgens de regel: nog niet werkfit.");
  await form.getByRole("group", { name: "Verslaving" }).getByLabel("3 Voldoende").check();
  await expect(outcome).toHaveText("Uitkomst volgens de regel: werkfit.");

  // An override needs a written reason.
  await form.getByLabel("Ja: de kandidaat is niet werkfit").check();
  await form.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(summary.getByRole("link", { name: /Schrijf op waarom u afwijkt/ })).toBeVisible();

  // Follow the rule (Nadia stays werkfit, as other specs expect) and save.
  const note = `E2E-notitie ${Date.now()}`;
  await form.getByLabel("Nee, ik volg de uitkomst van de regel").check();
  await form.getByLabel("Notities").fill(note);
  await form.getByRole("button", { name: "Beoordeling vastleggen" }).click();

  await expect(page).toHaveURL(/\/professional\/kandidaten\/[^/?]+\?beoordeeld=1/);
  await expect(page.getByRole("status").filter({ hasText: "De werkfit-beoordeling is vastgelegd." })).toBeVisible();
  const newest = page.getByRole("list", { name: "Werkfit-beoordelingen, nieuwste eerst" }).getByRole("listitem").first();
  await expect(newest).toContainText(note);
  await expect(newest.getByText("Werkfit", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^Werkfit sinds /).first()).toBeVisible();
});

test("the owner hands a candidate to a colleague, loses access, and gets the candidate back", async ({ page, browser }) => {
  await signInAs(page, "JOB_MEDIATOR");
  await page.goto("/professional/kandidaten?sort=name-desc");
  const link = page.getByRole("table").getByRole("rowheader").getByRole("link").filter({ hasNotText: "Nadia Boukhari" }).first();
  const name = (await link.textContent())!;
  const href = (await link.getAttribute("href"))!;

  await page.goto(`${href}/overdragen`);
  await expect(page.getByRole("heading", { level: 1, name: "Kandidaat overdragen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const form = page.getByRole("form", { name: "Kandidaat overdragen" });
  await expect(form.getByLabel("Nieuwe bemiddelaar").getByRole("option", { name: /^Femke Jansen/ })).toHaveCount(0);
  await expect(form.getByLabel("Nieuwe bemiddelaar").getByRole("option", { name: new RegExp(`^${OTHER_PARTNER_MEDIATOR}`) })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "warme overdracht naar een partner" })).toHaveAttribute("href", /\/warme-overdracht$/);
  await form.getByRole("button", { name: "Kandidaat overdragen" }).click();
  await expect(form.getByText("Kies een bemiddelaar.").first()).toBeVisible();
  await expect(form.getByText(/Schrijf op waarom u de kandidaat overdraagt/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const reason = `E2E: andere werkgebiedverdeling ${Date.now()}`;
  await form.getByLabel("Nieuwe bemiddelaar").selectOption({ label: (await optionLabel(page, OTHER_MEDIATOR.name))! });
  await form.getByLabel("Reden").fill(reason);
  await form.getByRole("button", { name: "Kandidaat overdragen" }).click();
  await expect(page).toHaveURL(/\/professional\/kandidaten\?overgedragen=1$/);
  await expect(page.getByRole("status").filter({ hasText: "De kandidaat is overgedragen." })).toBeVisible();

  // The former owner now gets the ordinary 404 page, as for an id that does not exist.
  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await page.goto("/professional/kandidaten/bestaat-niet");
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();

  // The colleague sees the candidate with the logged transfer and hands it back.
  const colleague = await newPage(browser);
  await loginWithEmail(colleague, OTHER_MEDIATOR.email);
  await colleague.goto(href);
  await expect(colleague.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(colleague.getByRole("table", { name: "Overdrachten, nieuwste eerst" })).toContainText(reason);
  await colleague.goto(`${href}/overdragen`);
  const back = colleague.getByRole("form", { name: "Kandidaat overdragen" });
  await back.getByLabel("Nieuwe bemiddelaar").selectOption({ label: (await optionLabel(colleague, "Femke Jansen"))! });
  await back.getByLabel("Reden").fill("E2E: terug naar de vaste bemiddelaar.");
  await back.getByRole("button", { name: "Kandidaat overdragen" }).click();
  await expect(colleague).toHaveURL(/overgedragen=1$/);
  await colleague.context().close();

  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("an accountmanager sees neither the caseload nor a candidate's dossier or werkfit page", async ({ page, browser }) => {
  const mediator = await newPage(browser);
  await signInAs(mediator, "JOB_MEDIATOR");
  await mediator.goto("/professional/kandidaten?q=nadia+boukhari");
  const href = (await mediator.getByRole("link", { name: "Nadia Boukhari" }).getAttribute("href"))!;
  await mediator.context().close();

  await signInAs(page, "ACCOUNT_MANAGER");
  await page.goto("/professional/kandidaten");
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  for (const path of [href, `${href}/werkfit`, `${href}/overdragen`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
    await expect(page.getByText("Nadia")).toHaveCount(0);
  }
});

/** The full label of the option that starts with the person's name ("Ricardo Martina – Gemeente … – …"). */
async function optionLabel(page: Page, personName: string): Promise<string | null> {
  return page.getByLabel("Nieuwe bemiddelaar").getByRole("option", { name: new RegExp(`^${personName}`) }).first().textContent();
}
