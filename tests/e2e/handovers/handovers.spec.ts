import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginWithEmail, signInAs } from "../support/login";
import { pickUpResident } from "../support/propose";
import { registerResident } from "../support/register-resident";

/**
 * B7 and B8 end to end: the demo bemiddelaar Femke Jansen (GEMEENTE) picks up a new resident and starts
 * a warm handover to UWV; the resident consents in the portal; Kees Verhoeven (UWV) accepts it and
 * records the first contact; the resident sees it in Mijn traject. And matchtafel notes on a vacancy.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const RECEIVER_EMAIL = "kees.verhoeven@demo.werkcentrum.nl"; // bemiddelaar of partner UWV (prisma/seed/demo/catalog.ts)
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const firstName = `Noor${run}`;
const lastName = "Overdracht";
const email = `e2e-overdracht-${run}@voorbeeld.nl`;

let resident: Page;
let sender: Page;
let receiver: Page;
const contexts: BrowserContext[] = [];

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  resident = await newPerson(browser);
  sender = await newPerson(browser);
  receiver = await newPerson(browser);
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

test("the owner bemiddelaar starts a warm handover to UWV; bad input is explained in words", async () => {
  await registerResident(resident, { firstName, lastName, email });
  await signInAs(sender, "JOB_MEDIATOR");
  await pickUpResident(sender, { firstName, fullName: `${firstName} ${lastName}` });
  await sender.getByRole("link", { name: "Warme overdracht naar een partner" }).click();
  await expect(sender.getByRole("heading", { level: 1, name: "Warme overdracht naar een partner" })).toBeVisible();
  await expectNoSeriousA11yViolations(sender);

  const form = sender.getByRole("form", { name: "Warme overdracht naar een partner" });
  await expect(form.getByLabel("Partner")).not.toContainText("Gemeenten Gooi en Vechtstreek"); // not the own organisation
  await form.getByRole("button", { name: "Overdracht starten" }).click();
  await expect(form.getByText("Kies de partner die de kandidaat overneemt.").first()).toBeVisible();
  await expect(form.getByText("Schrijf op waarom u de kandidaat overdraagt.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(sender);

  await form.getByLabel("Partner").selectOption({ label: "UWV" });
  await form.getByLabel("Team").fill("Team WW");
  await form.getByLabel("Reden").fill("Heeft recht op WW; UWV kan het traject beter begeleiden.");
  await form.getByRole("button", { name: "Overdracht starten" }).click();
  await expect(sender).toHaveURL(/\/professional\/overdrachten\?gestart=1$/);
  const mine = sender.getByRole("region", { name: /Overdrachten die u heeft gestart/ });
  await expect(mine.getByRole("row").filter({ hasText: firstName })).toContainText("Wacht op toestemming inwoner");
  await expectNoSeriousA11yViolations(sender);
});

test("the resident sees the request in Mijn traject and consents", async () => {
  await resident.goto("/werkzoekende");
  const section = resident.getByRole("region", { name: "Overdracht naar een andere organisatie" });
  await expect(section).toContainText("Wacht op uw toestemming");
  await expectNoSeriousA11yViolations(resident);

  // The consent request itself is H1's page; wait until it is there (and hydrated) before answering.
  await resident.goto("/werkzoekende/toestemmingen");
  const requests = resident.getByRole("region", { name: "Openstaande verzoeken" });
  await expect(requests).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
  await requests.getByRole("button", { name: /^Ja, ik geef toestemming/ }).click();
  await expect(resident.getByRole("status").filter({ hasText: "U gaf toestemming." })).toBeVisible({ timeout: 15_000 });
  await expect(requests).toHaveCount(0);
  await resident.goto("/werkzoekende");
  await expect(resident.getByRole("region", { name: "Overdracht naar een andere organisatie" })).toContainText("Wacht op de partner");
});

test("a bemiddelaar of UWV sees minimal data, accepts and records the first contact", async () => {
  await loginWithEmail(receiver, RECEIVER_EMAIL);
  await expect(receiver.getByRole("heading", { name: "Warme overdrachten" })).toBeVisible(); // work list section
  await receiver.goto("/professional/overdrachten");
  const shortName = `${firstName} O.`;
  const row = receiver.getByRole("row").filter({ hasText: shortName });
  await expect(row).toContainText("Femke Jansen");
  await expect(row).not.toContainText(lastName);
  await expectNoSeriousA11yViolations(receiver);

  await row.getByRole("button", { name: `Aannemen (overdracht van ${shortName})` }).click();
  await expect(row.getByRole("status")).toContainText("Aangenomen");

  await receiver.goto("/professional/overdrachten");
  const accepted = receiver.getByRole("form", { name: `Eerste contact vastleggen (${firstName} ${lastName})` });
  await accepted.getByRole("button", { name: /Vastleggen/ }).click();
  await expect(receiver.getByText("Eerste contact vastgelegd.")).toBeVisible();
  await expectNoSeriousA11yViolations(receiver);

  await resident.goto("/werkzoekende");
  await expect(resident.getByRole("region", { name: "Overdracht naar een andere organisatie" })).toContainText("Aangenomen door Kees Verhoeven op");
  await sender.goto("/professional/overdrachten");
  await expect(sender.getByRole("region", { name: /Overdrachten die u heeft gestart/ }).getByRole("row").filter({ hasText: firstName })).toContainText("Aangenomen");
});

test("professionals write matchtafel notes on a vacancy; the employer never sees them", async ({ browser }) => {
  await sender.goto("/professional/vacatures");
  const [vacancyHref] = await hrefsMatching(sender, /^\/professional\/vacatures\/[^/?#]+$/);
  expect(vacancyHref).toBeTruthy();
  await sender.goto(vacancyHref!);
  await expect(sender.getByRole("heading", { level: 2, name: "Matchtafel-aantekeningen" })).toBeVisible();
  const form = sender.getByRole("form", { name: "Aantekening toevoegen" });
  await form.getByRole("button", { name: "Aantekening opslaan" }).click();
  await expect(form.getByText("Schrijf een aantekening.").first()).toBeVisible();
  const text = `Matchtafel ${run}: werkgever wil graag iemand die in het weekend kan werken.`;
  await form.getByLabel("Aantekening", { exact: true }).fill(text);
  await form.getByRole("button", { name: "Aantekening opslaan" }).click();
  await expect(sender.getByText(text)).toBeVisible();
  await expect(sender.getByText(/Femke Jansen \(bemiddelaar\)/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(sender);

  const employer = await newPerson(browser);
  await signInAs(employer, "EMPLOYER");
  await employer.goto("/werkgever/vacatures");
  for (const href of (await hrefsMatching(employer, /^\/werkgever\/vacatures\/[^/?#]+$/)).slice(0, 3)) {
    await employer.goto(href);
    await expect(employer.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(employer.getByText("Matchtafel-aantekeningen")).toHaveCount(0);
    await expect(employer.getByText(text)).toHaveCount(0);
  }
});

async function hrefsMatching(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((href) => pattern.test(href) && !href.endsWith("/nieuw")))];
}
