import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs, signInAs } from "../support/login";
import { openProposalFormForDemoVacancy, pickUpResident } from "../support/propose";
import { registerResident } from "../support/register-resident";

/**
 * Issue 5 end to end, through the real server and real logins: the demo bemiddelaar (Femke Jansen)
 * proposes a fresh resident for a vacancy of the demo employer → the resident consents → the employer
 * invites → the bemiddelaar records the placement with a loonkostensubsidie → the demo clock moves 1 month
 * → check-ins appear for the bemiddelaar and the employer → the employer answers → the clock moves past
 * 6 months → the placement shows as duurzaam in both portals (and in "Mijn traject").
 *
 * This spec moves the portal's clock (/beheer/klok, decision 009), so it lives in tests/e2e/clock/, which
 * Playwright runs after every other spec (project "clock" in playwright.config.ts).
 */
test.describe.configure({ mode: "serial", timeout: 240_000 });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const firstName = `Plaatsing${run}`;
const lastName = "Vermeer";
const fullName = `${firstName} ${lastName}`;
const email = `e2e-plaatsing-${run}@voorbeeld.nl`;

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}
const today = new Date();
const inAYear = new Date(today.getFullYear() + 1, today.getMonth(), today.getDate() - 1);

let resident: Page;
let mediator: Page;
let employer: Page;
let admin: Page;
const contexts: BrowserContext[] = [];
let proposalId = "";
let placementId = "";

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

async function moveClock(days: number): Promise<void> {
  await admin.goto("/beheer/klok");
  await expect(admin.getByRole("heading", { level: 1, name: "Demoklok" })).toBeVisible();
  const before = await admin.getByTestId("demo-now").textContent();
  const form = admin.getByRole("form", { name: "Klok vooruitzetten" });
  await form.getByLabel("Aantal dagen vooruit").fill(String(days));
  await form.getByRole("button", { name: "Klok vooruitzetten" }).click();
  await expect(admin.getByText("De klok is verzet en de geplande taken zijn uitgevoerd.")).toBeVisible({ timeout: 30_000 });
  await expect(admin.getByTestId("demo-now")).not.toHaveText(before ?? "");
  await expectNoSeriousA11yViolations(admin);
}

test.beforeAll(async ({ browser }) => {
  resident = await newPerson(browser);
  mediator = await newPerson(browser);
  employer = await newPerson(browser);
  admin = await newPerson(browser);
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

test("the bemiddelaar proposes a new candidate for a vacancy of the employer", async () => {
  await registerResident(resident, { firstName, lastName, email });

  await signInAs(mediator, "JOB_MEDIATOR");
  const candidateId = await pickUpResident(mediator, { firstName, fullName });
  await signInAs(employer, "EMPLOYER");
  await openProposalFormForDemoVacancy(mediator, employer, candidateId);
  await expectNoSeriousA11yViolations(mediator);
  await mediator.getByLabel("Motivatie").fill("Betrouwbaar, heeft ervaring in de schoonmaak en wil 24 uur per week werken, ook in het weekend.");
  await mediator.getByRole("button", { name: "Voordragen en toestemming vragen" }).click();
  await expect(mediator).toHaveURL(/\/professional\/voordrachten\/[^/]+$/, { timeout: 30_000 });
  proposalId = new URL(mediator.url()).pathname.split("/").at(-1)!;
  await expect(mediator.getByText("Wacht op toestemming").first()).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);

  // Until the resident consents, the employer sees nothing of it.
  expect((await employer.goto(`/werkgever/voordrachten/${proposalId}`))?.status()).toBe(404);
});

test("the resident consents to sharing with this employer", async () => {
  await resident.goto("/werkzoekende/toestemmingen");
  const requests = resident.getByRole("region", { name: "Openstaande verzoeken" });
  await expect(requests).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
  await requests.getByRole("button", { name: /^Ja, ik geef toestemming/ }).click();
  await expect(resident.getByRole("status").filter({ hasText: "U gaf toestemming." })).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
});

test("the employer sees the candidate with name and invites for a conversation", async () => {
  await employer.goto("/werkgever/voordrachten");
  await expect(employer.getByRole("heading", { level: 1, name: "Voordrachten" })).toBeVisible();
  await employer.getByRole("link", { name: fullName }).click();
  await expect(employer).toHaveURL(new RegExp(`/werkgever/voordrachten/${proposalId}$`));
  await expect(employer.getByRole("region", { name: "Contactgegevens" })).toContainText(email);
  await expectNoSeriousA11yViolations(employer);
  await employer.getByRole("button", { name: "Uitnodigen voor een gesprek" }).click();
  await expect(employer.getByRole("region", { name: "Uitkomst van het gesprek" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);
});

test("the bemiddelaar records the placement with a loonkostensubsidie", async () => {
  await mediator.goto(`/professional/voordrachten/${proposalId}`);
  await mediator.getByRole("link", { name: "Plaatsing vastleggen" }).click();
  await expect(mediator).toHaveURL(new RegExp(`/professional/voordrachten/${proposalId}/plaatsen$`));
  const form = mediator.getByRole("form", { name: "Plaatsing vastleggen" });
  await form.getByLabel("Startdatum").fill(isoDate(today));
  await form.getByLabel("Soort contract").selectOption("TEMPORARY");
  await form.getByLabel("Uren per week").fill("24");
  const lks = form.getByRole("group", { name: "Instrument 1" });
  await lks.getByLabel("Instrument").selectOption("LKS");
  await lks.getByLabel("Bedrag in euro's").fill("9600,00");
  await lks.getByLabel("Periode vanaf").fill(isoDate(today));
  await lks.getByLabel("Periode tot en met").fill(isoDate(inAYear));
  await expectNoSeriousA11yViolations(mediator);

  // Loonkostensubsidie needs a loonwaarde: refused with the message next to the field, nothing stored.
  await form.getByRole("button", { name: "Plaatsing vastleggen" }).click();
  await expect(mediator.getByRole("alert").filter({ hasText: "De plaatsing is nog niet vastgelegd" })).toBeVisible();
  await expect(lks.getByLabel(/Loonwaarde in procenten/)).toHaveAttribute("aria-invalid", "true");
  await lks.getByLabel(/Loonwaarde in procenten/).fill("60");
  await form.getByRole("button", { name: "Plaatsing vastleggen" }).click();

  await expect(mediator).toHaveURL(/\/professional\/plaatsingen\/[^/?]+/, { timeout: 30_000 });
  placementId = new URL(mediator.url()).pathname.split("/").at(-1)!;
  await expect(mediator.getByRole("heading", { level: 1, name: /^Plaatsing: / })).toBeVisible();
  const instruments = mediator.getByRole("table", { name: "Ingezette instrumenten" });
  await expect(instruments).toContainText("Loonkostensubsidie");
  await expect(instruments).toContainText("60");
  await expectNoSeriousA11yViolations(mediator);

  // The employer sees the placement and its instrument (E7); the resident sees it in "Mijn traject" (J4).
  await employer.goto(`/werkgever/plaatsingen/${placementId}`);
  await expect(employer.getByRole("main")).toContainText("Loonkostensubsidie");
  await expectNoSeriousA11yViolations(employer);
  await resident.goto("/werkzoekende");
  await expect(resident.getByRole("main")).toContainText(/Begonnen op .+ Tijdelijk, 24 uur per week/);
  await expect(resident.getByRole("main")).toContainText("(loonkostensubsidie)");
  await expectNoSeriousA11yViolations(resident);
});

test("one month later the check-ins appear for the bemiddelaar and the employer, and the employer answers", async () => {
  await loginAs(admin, "ADMIN");
  // Before the move: nothing to do yet for this placement.
  await mediator.goto("/professional");
  await expect(mediator.getByRole("heading", { name: /^Nazorg te doen/ })).toBeVisible();
  await expect(mediator.getByRole("listitem").filter({ hasText: fullName })).toHaveCount(0);
  await employer.goto(`/werkgever/plaatsingen/${placementId}`);
  await expect(employer.getByRole("form", { name: /^Nazorgvraag na/ })).toHaveCount(0);

  await moveClock(31);

  await mediator.goto("/professional");
  const due = mediator.getByRole("listitem").filter({ hasText: fullName });
  await expect(due).toContainText("Te doen");
  await expectNoSeriousA11yViolations(mediator);
  await mediator.goto("/professional/meldingen");
  await expect(mediator.getByRole("main")).toContainText(/nazorg/i);

  await employer.goto("/werkgever");
  await expect(employer.getByRole("main")).toContainText(/nazorg/i);
  await employer.goto(`/werkgever/plaatsingen/${placementId}`);
  const checkIn = employer.getByRole("form", { name: "Nazorgvraag na 1 maand" });
  await expect(checkIn).toBeVisible();
  await expectNoSeriousA11yViolations(employer);
  await checkIn.getByRole("radio", { name: "4 – Goed" }).check();
  await checkIn.getByLabel("Toelichting").fill("Werkt zorgvuldig en is goed opgenomen in het team.");
  await checkIn.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(employer.getByRole("form", { name: "Nazorgvraag na 1 maand" })).toHaveCount(0);
  await expect(employer.getByRole("table", { name: "Uw nazorgvragen" })).toContainText("Gedaan");
  await expectNoSeriousA11yViolations(employer);
});

test("past six months the placement shows as duurzaam in both portals", async () => {
  const mediatorRow = mediator.getByRole("table", { name: "Plaatsingen, de nieuwste eerst" }).getByRole("row").filter({ hasText: fullName });
  await mediator.goto("/professional/plaatsingen");
  await expect(mediatorRow).toContainText("Loopt");
  await expect(mediatorRow).not.toContainText("Duurzaam");

  await moveClock(160);

  await mediator.goto("/professional/plaatsingen");
  await expect(mediatorRow).toContainText("Duurzaam");
  await expectNoSeriousA11yViolations(mediator);
  await mediator.goto(`/professional/plaatsingen/${placementId}`);
  await expect(mediator.getByRole("main")).toContainText("Duurzaam");

  await employer.goto("/werkgever/plaatsingen");
  await expect(employer.getByRole("table", { name: "Uw plaatsingen, de nieuwste eerst" }).getByRole("row").filter({ hasText: fullName })).toContainText("Duurzaam");
  await expectNoSeriousA11yViolations(employer);

  await resident.goto("/werkzoekende");
  await expect(resident.getByRole("main")).toContainText("Duurzaam");
});
