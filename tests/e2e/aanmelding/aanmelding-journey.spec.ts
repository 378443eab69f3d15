import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { confirmEmailFromMailbox } from "../support/confirm-email";
import { loginAs, loginWithEmail, signInAs } from "../support/login";

/**
 * Issue 4, J1 and the team queue of B1, end to end: a visitor registers with a help question and
 * consent and sees where it went; the demo bemiddelaar (Femke Jansen, partner GEMEENTE in
 * prisma/seed/demo/catalog.ts) finds it in the team queue and picks it up; the resident sees who did.
 * "Ik heb geen uitkering" routes to the GEMEENTE team NUG for every age (prisma/seed/reference-data.ts).
 * axe runs on the aanmelding form, its error state, the confirmation, the queue and /beheer/routering.
 */
test.describe.configure({ mode: "serial", timeout: 120_000 });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const firstName = `Noor${run}`;
const lastName = "van Vliet";
const shownName = `${firstName} V.`; // the queue shows the first name and the initial of the last name
const email = `e2e-inwoner-${run}@voorbeeld.nl`;
const team = "Gemeente – team NUG (zonder uitkering)";
const mediatorName = "Femke Jansen";

let resident: Page;
let contexts: BrowserContext[] = [];

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  resident = await newPerson(browser);
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

test("a visitor registers with a help question and consent and sees where it went", async () => {
  await resident.goto("/werkzoekende/aanmelden");
  await expect(resident.getByRole("heading", { level: 1, name: "Aanmelden als werkzoekende" })).toBeVisible();
  await expectNoSeriousA11yViolations(resident);

  const form = resident.getByRole("form", { name: "Aanmelden bij het Werkcentrum" });
  await form.getByRole("button", { name: "Aanmelding versturen" }).click();
  const summary = resident.getByRole("alert").filter({ hasText: "Uw aanmelding is nog niet verstuurd" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Vul uw voornaam in." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Kies wat het beste bij uw vraag past." })).toBeVisible();
  await expectNoSeriousA11yViolations(resident);

  await form.getByLabel("Voornaam").fill(firstName);
  await form.getByLabel("Achternaam").fill(lastName);
  await form.getByLabel("Geboortedatum").fill("14-05-1988");
  await form.getByLabel("Gemeente").selectOption({ label: "Hilversum" });
  await form.getByRole("radio", { name: "Ik heb geen uitkering" }).check();
  await form.getByLabel("Wilt u iets vertellen over uw vraag?").fill("Ik zoek werk in de zorg, het liefst 24 uur per week.");
  await form.getByRole("checkbox", { name: "Deel mijn profiel met de partners van het Werkcentrum" }).check();
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Wachtwoord").fill("Mijn eigen lange wachtzin");
  await form.getByRole("button", { name: "Aanmelding versturen" }).click();

  // The same answer whether or not the address has an account (finding 15.3): check your mail.
  await expect(resident.getByRole("status").getByText("Controleer uw e-mail")).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousA11yViolations(resident);

  // The team sees the request only once the address is confirmed (decision 019); then the resident signs in.
  await confirmEmailFromMailbox(resident, email);
  await loginWithEmail(resident, email, { password: "Mijn eigen lange wachtzin", startPage: "/werkzoekende" });
  await expect(resident.getByRole("heading", { level: 1, name: "Mijn traject" })).toBeVisible();
  const request = resident.getByRole("listitem").filter({ hasText: "Ik heb geen uitkering" });
  await expect(request).toContainText(`${team} (Gemeenten Gooi en Vechtstreek)`);
  await expect(request).toContainText("Doorgestuurd");
  await expect(request.getByText(/Wij nemen uiterlijk op .+ contact met u op\./)).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
});

test("the demo bemiddelaar finds the request in the team queue and picks it up", async ({ browser }) => {
  const mediator = await newPerson(browser);
  await loginAs(mediator, "JOB_MEDIATOR");
  await expect(mediator.getByRole("link", { name: "Naar de aanmeldingen" })).toBeVisible();
  await mediator.getByRole("link", { name: "Naar de aanmeldingen" }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: "Nieuwe aanmeldingen" })).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);

  const row = mediator.getByRole("row").filter({ hasText: shownName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Ik heb geen uitkering");
  await expect(row).toContainText(team);
  await expect(row).toContainText("Hilversum");
  await expect(row).toContainText("27 tot 50 jaar");
  await expect(row).not.toContainText(lastName);
  await row.getByRole("button", { name: `Oppakken (aanmelding van ${shownName})` }).click();
  await expect(row.getByRole("status")).toContainText(`Opgepakt: ${shownName} staat nu in uw caseload`);

  await mediator.reload();
  await expect(mediator.getByRole("row").filter({ hasText: shownName })).toHaveCount(0);
});

test("the resident sees who picked the request up", async () => {
  await resident.goto("/werkzoekende");
  const request = resident.getByRole("listitem").filter({ hasText: "Ik heb geen uitkering" });
  await expect(request).toContainText("In behandeling");
  await expect(request).toContainText(`Opgepakt door: ${mediatorName}`);
  const nav = resident.getByRole("navigation", { name: "Mijn Werkcentrum" });
  await expect(nav.getByRole("link", { name: /^Meldingen \(1 ongelezen/ })).toBeVisible();
});

test("the admin reads and opens the routing rules", async ({ browser }) => {
  const admin = await newPerson(browser);
  await loginAs(admin, "ADMIN");
  await admin.getByRole("link", { name: "Routering van aanmeldingen" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Routering van aanmeldingen" })).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: team })).toHaveCount(1);
  await expectNoSeriousA11yViolations(admin);

  await admin.getByRole("link", { name: `Wijzigen (regel voor Ik heb geen uitkering, ${team})` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Routeringsregel wijzigen" })).toBeVisible();
  await expect(admin.getByLabel("Team")).toHaveValue(team);
  await admin.getByLabel("Norm in werkdagen").fill("0");
  await admin.getByRole("button", { name: "Opslaan" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "De regel is nog niet opgeslagen" })).toContainText("De norm is 1 tot en met 30 werkdagen.");
  await expectNoSeriousA11yViolations(admin);
});

test("a resident and an accountmanager are kept out of the team queue", async ({ browser }) => {
  await resident.goto("/professional/kandidaten/aanmeldingen");
  await expect(resident).toHaveURL(/\/geen-toegang$/);

  const accountManager = await newPerson(browser);
  await signInAs(accountManager, "ACCOUNT_MANAGER");
  await accountManager.goto("/professional/kandidaten/aanmeldingen");
  await expect(accountManager.getByText("Alleen bemiddelaars pakken nieuwe aanmeldingen op.")).toBeVisible();
  await expect(accountManager.getByRole("table")).toHaveCount(0);
});
