import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { minimalPdfBytes } from "../../../lib/candidate-profile/__fixtures__/pdf-bytes";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signInAs } from "../support/login";
import { registerResident } from "../support/register-resident";

/**
 * Issue 4 end to end: a resident registers with a help question, fills a profile and uploads a CV;
 * the routed bemiddelaar (the demo bemiddelaar Femke Jansen, team of partner GEMEENTE) accepts the
 * request, records a werkfit assessment, opens the matches for a vacancy and reads the explanation;
 * the resident sees that read in "Wie heeft mijn gegevens bekeken".
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const firstName = `Sanne${run}`;
const lastName = "de Boer";
const fullName = `${firstName} ${lastName}`;
const email = `e2e-traject-${run}@voorbeeld.nl`;
const SKILLS = ["persoonlijke-verzorging", "medicatie-aanreiken", "observeren-en-rapporteren", "tillen-en-transfers"];

let resident: Page;
let mediator: Page;
const contexts: BrowserContext[] = [];

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  resident = await newPerson(browser);
  mediator = await newPerson(browser);
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

test("a resident registers with a help question and sees where it went", async () => {
  // The form answers "Controleer uw e-mail"; after confirming and signing in the start page shows where it went.
  await registerResident(resident, { firstName, lastName, email });
  await expect(resident.getByRole("heading", { level: 2, name: "Mijn hulpvragen" })).toBeVisible();
  await expect(resident.getByText(/Gemeente – team NUG/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
});

test("the resident fills the skills profile and uploads a CV", async () => {
  await resident.goto("/werkzoekende/profiel");
  await expect(resident.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
  const form = resident.getByRole("form", { name: "Profiel" });
  await form.getByLabel("Zorg en welzijn beroepen", { exact: true }).check();
  await form.getByLabel("Minimaal aantal uren").fill("16");
  await form.getByLabel("Maximaal aantal uren").fill("36");
  for (const area of ["Hilversum", "Gooise Meren", "HBEL", "Wijdemeren"]) await form.getByLabel(area, { exact: true }).check();
  for (const [index, code] of SKILLS.entries()) {
    await form.getByRole("button", { name: "Vaardigheid toevoegen" }).click();
    await form.locator(`#skill-${index}`).selectOption(code);
    await form.locator(`#skill-level-${index}`).selectOption("4");
  }
  await form.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(resident.getByText("Het profiel is opgeslagen.")).toBeVisible();

  const upload = resident.getByRole("form", { name: "Cv uploaden" });
  await upload.getByLabel(/cv kiezen/i).setInputFiles({ name: "cv-sanne.pdf", mimeType: "application/pdf", buffer: Buffer.from(minimalPdfBytes("Cv")) });
  await upload.getByRole("button", { name: "Cv uploaden" }).click();
  await expect(resident.getByText("Het cv cv-sanne.pdf is opgeslagen.")).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
});

test("the routed bemiddelaar accepts, assesses werkfit and reads the match explanation", async () => {
  await signInAs(mediator, "JOB_MEDIATOR");
  await mediator.goto("/professional/kandidaten/aanmeldingen");
  const request = mediator.getByRole("row").filter({ hasText: firstName });
  await expect(request).toHaveCount(1);
  await request.getByRole("button", { name: new RegExp(`^Oppakken \\(aanmelding van ${firstName} `) }).click();
  await expect(request.getByRole("status")).toContainText("Opgepakt");

  await mediator.goto(`/professional/kandidaten?q=${encodeURIComponent(firstName)}`);
  await mediator.getByRole("link", { name: fullName }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
  const dossier = mediator.url();

  await mediator.getByRole("link", { name: "Werkfit beoordelen" }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: "Werkfit beoordelen" })).toBeVisible();
  const assessment = mediator.getByRole("form", { name: "Werkfit-beoordeling vastleggen" });
  for (const group of await assessment.getByRole("group").all()) {
    const name = await group.locator("legend").textContent();
    if (name === "Wijkt u af van de uitkomst van de regel?") continue;
    await group.getByLabel("3 Voldoende").check();
  }
  await assessment.getByLabel("Nee, ik volg de uitkomst van de regel").check();
  await assessment.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(mediator.getByRole("status").filter({ hasText: "De werkfit-beoordeling is vastgelegd." })).toBeVisible();

  // Her best vacancy, then that vacancy's candidates (werkfit only): she is listed with the why.
  await mediator.goto(`${dossier}/matches`);
  await expect(mediator.getByRole("heading", { level: 1, name: `Passende vacatures voor ${fullName}` })).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);
  const best = mediator.getByRole("table").getByRole("rowheader").getByRole("link").first();
  const vacancyHref = (await best.getAttribute("href"))!;
  await mediator.goto(`${vacancyHref}/matches?werkfit=ja`);
  await expect(mediator.getByRole("heading", { level: 1, name: /^Kandidaten voor / })).toBeVisible();
  const row = mediator.getByRole("row").filter({ has: mediator.getByRole("link", { name: fullName }) });
  await expect(row).toHaveCount(1);
  await row.getByText(/^Waarom \d+ punten/).click();
  await expect(row.getByText(/^Totaal: \d+ van 100 punten\.$/)).toBeVisible();
  await expect(row.getByText("Vaardigheden die de kandidaat heeft")).toBeVisible();
  await expect(row.getByText(/^Werkfit: 5 van 5 punten\./).first()).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);
});

test("the resident sees the bemiddelaar's reads in the access log", async () => {
  await resident.goto("/werkzoekende/toestemmingen/inzage");
  await expect(resident.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(resident.getByText("Femke Jansen").first()).toBeVisible();
  await expect(resident.getByText(/Matchresultaten bij vacature/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
});
