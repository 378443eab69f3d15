import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { confirmEmailFromMailbox } from "../support/confirm-email";
import { DEMO_USERS } from "../support/demo-users";
import { loginWithEmail, signInAs } from "../support/login";

/**
 * Issue 3, end to end: an employer registers, submits a vacancy, asks a question and books a slot;
 * the owner accountmanager sees all three, answers and hands the vacancy to the demo bemiddelaar; a
 * second accountmanager logs a contact and the owner sees the double-approach signal. Every person
 * has their own browser context; axe runs on every page as it is visited.
 */
// axe takes a few seconds per page on a small machine, and each step visits several pages.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const kvkNumber = `98${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
const organisationName = `E2E Werkplaats ${run} B.V.`;
const employerEmail = `e2e-werkgever-${run}@voorbeeld.nl`;
const employerName = "Sanne Testpersoon";
const vacancyTitle = `Medewerker magazijn ${run}`;
const questionText = `Welke subsidie is er voor een medewerker uit de banenafspraak? (${run})`;
const answerText = `U kunt loonkostensubsidie aanvragen; ik bel u hierover deze week. (${run})`;
const slotLocation = `Werkcentrum Hilversum, kamer ${run}`;
const appointmentSubject = `Kennismaken en de vacature bespreken (${run})`;
const contactTopic = `Beurscontact ${run}`;
const mediatorName = "Femke Jansen"; // bemiddelaar@demo.werkcentrum.nl in prisma/seed/demo/catalog.ts

/** Demo accountmanagers (prisma/seed/demo/catalog.ts): the second one is anyone but the owner. */
const DEMO_ACCOUNT_MANAGERS = [
  { email: DEMO_USERS.ACCOUNT_MANAGER.email, name: "Marieke van den Berg" },
  { email: "youssef.elamrani@demo.werkcentrum.nl", name: "Youssef El Amrani" },
  { email: "ingrid.bakker@demo.werkcentrum.nl", name: "Ingrid Bakker" },
];

/** A free slot far enough ahead not to overlap the seeded ones (those are at most four weeks ahead). */
function isoDateInDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}
const slotDate = isoDateInDays(90 + Math.floor(Math.random() * 150));
const slotHour = 8 + Math.floor(Math.random() * 8);
const slotStart = `${String(slotHour).padStart(2, "0")}:00`;
const slotEnd = `${String(slotHour).padStart(2, "0")}:45`;
const handoverDueDate = isoDateInDays(14);

let employer: Page;
let owner: Page;
let contexts: BrowserContext[] = [];
let ownerEmail = "";
let ownerName = "";
let vacancyId = "";
let organisationId = "";
let secondAccountManager = DEMO_ACCOUNT_MANAGERS[0]!;

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  employer = await newPerson(browser);
  owner = await newPerson(browser);
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

test("an employer registers the organisation and sees the vaste contactpersoon", async () => {
  await employer.goto("/werkgever/registreren");
  await expect(employer.getByRole("heading", { level: 1, name: "Organisatie aanmelden" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  const form = employer.getByRole("form", { name: "Organisatie aanmelden" });
  await form.getByLabel("KvK-nummer").fill(kvkNumber);
  await form.getByLabel("Naam van de organisatie").fill(organisationName);
  await form.getByLabel("Straat").fill("Larenseweg");
  await form.getByLabel("Huisnummer").fill("30");
  await form.getByLabel("Postcode").fill("1221 CM");
  await form.getByLabel("Plaats").fill("Hilversum");
  await form.getByLabel("Gemeente").selectOption({ label: "Hilversum" });
  await form.getByLabel("Uw naam").fill(employerName);
  await form.getByLabel("E-mailadres").fill(employerEmail);
  await form.getByLabel("Telefoonnummer").fill("035 123 45 67");
  await form.getByLabel("Wachtwoord").fill("Een lange zin als wachtwoord 2026");
  await form.getByRole("button", { name: "Organisatie aanmelden" }).click();

  // The answer is "Controleer uw e-mail" (the same for an address that already has an account, finding 15.3).
  await expect(employer.getByRole("status").getByText("Controleer uw e-mail")).toBeVisible({ timeout: 15_000 });
  // Signed in before confirming: nothing the employer submits reaches the Werkcentrum yet (decision 019).
  await loginWithEmail(employer, employerEmail, { password: "Een lange zin als wachtwoord 2026", startPage: "/werkgever" });
  await expect(employer.getByRole("heading", { level: 1, name: "Werkgeversportaal" })).toBeVisible();
  await expect(employer.getByText("Waarschuwing: Bevestig uw e-mailadres", { exact: true })).toBeVisible();
  await confirmEmailFromMailbox(employer, employerEmail);
  await employer.goto("/werkgever");
  await expect(employer.getByText("Waarschuwing: Bevestig uw e-mailadres", { exact: true })).toHaveCount(0);
  const contact = employer.getByRole("region", { name: "Uw vaste contactpersoon" });
  const mail = contact.getByRole("link", { name: /@demo\.werkcentrum\.nl$/ });
  await expect(mail).toBeVisible();
  ownerEmail = (await mail.textContent())!.trim();
  const known = DEMO_ACCOUNT_MANAGERS.find((am) => am.email === ownerEmail);
  // Hilversum's accountmanagers are Marieke van den Berg and Youssef El Amrani.
  expect(known, `owner ${ownerEmail} is an accountmanager of the Hilversum work area`).toBeTruthy();
  ownerName = known!.name;
  await expect(contact).toContainText(ownerName);
  secondAccountManager = DEMO_ACCOUNT_MANAGERS.find((am) => am.email !== ownerEmail)!;
  await expectNoSeriousA11yViolations(employer);
});

test("the owner accountmanager publishes a free slot", async () => {
  await loginWithEmail(owner, ownerEmail);
  await owner.goto("/professional/afspraken");
  await expect(owner.getByRole("heading", { level: 1, name: "Afspraken" })).toBeVisible();
  await expectNoSeriousA11yViolations(owner);

  const form = owner.getByRole("form", { name: "Tijdslot publiceren" });
  await form.getByLabel("Datum").fill(slotDate);
  await form.getByLabel("Begintijd").fill(slotStart);
  await form.getByLabel("Eindtijd").fill(slotEnd);
  await form.getByLabel("Locatie").fill(slotLocation);
  await form.getByRole("button", { name: "Tijdslot publiceren" }).click();
  await expect(owner.getByText("Tijdslot gepubliceerd")).toBeVisible();
  const row = owner.getByRole("row").filter({ hasText: slotLocation });
  await expect(row).toContainText("Vrij");
  await expectNoSeriousA11yViolations(owner);
});

test("the employer submits a vacancy, after a refused invalid attempt", async () => {
  await employer.goto("/werkgever/vacatures");
  await expect(employer.getByRole("heading", { level: 1, name: "Vacatures" })).toBeVisible();
  await expect(employer.getByText("U heeft nog geen vacatures doorgegeven.")).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  await employer.getByRole("link", { name: "Vacature doorgeven" }).click();
  await expect(employer).toHaveURL(/\/werkgever\/vacatures\/nieuw$/);
  await expect(employer.getByRole("heading", { level: 1, name: "Vacature doorgeven" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  // Invalid: a two-letter title and nothing else. Dutch errors next to the fields and in the summary.
  const form = employer.getByRole("form", { name: "Vacature doorgeven" });
  await form.getByLabel("Functietitel").fill("Ab");
  await form.getByRole("button", { name: "Vacature doorgeven" }).click();
  const summary = employer.getByRole("alert").filter({ hasText: "De vacature is nog niet opgeslagen" });
  await expect(summary).toBeVisible();
  await expect(form.getByLabel("Functietitel")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Functietitel")).toHaveAccessibleDescription(/Gebruik minimaal 3 tekens\./);
  await expect(form.getByLabel("Beroepsklasse")).toHaveAccessibleDescription(/Kies een beroepsklasse\./);
  await expect(form.getByLabel("Omschrijving van het werk")).toHaveAccessibleDescription(/Beschrijf het werk\./);
  await expect(form.getByLabel("Uren per week")).toHaveAccessibleDescription(/Vul een aantal uren tussen 1 en 40 in\./);
  await expect(summary.getByRole("link", { name: "Kies een beroepsklasse." })).toBeVisible();
  await expect(employer).toHaveURL(/\/werkgever\/vacatures\/nieuw$/);
  await expectNoSeriousA11yViolations(employer);

  // Nothing was stored.
  await employer.goto("/werkgever/vacatures");
  await expect(employer.getByText("U heeft nog geen vacatures doorgegeven.")).toBeVisible();

  // Now a valid vacancy.
  await employer.goto("/werkgever/vacatures/nieuw");
  await form.getByLabel("Functietitel").fill(vacancyTitle);
  await form.getByLabel("Beroepsklasse").selectOption({ label: "Transport en logistiek beroepen" });
  await form
    .getByLabel("Omschrijving van het werk")
    .fill("U ontvangt goederen, zet orders klaar en houdt het magazijn netjes. Wij bieden een vast team en begeleiding op de werkvloer.");
  await form.getByLabel("Vaardigheid 1").selectOption({ index: 1 });
  await form.getByLabel("Uren per week").fill("32");
  await form.getByLabel("Werkplek").fill("Hilversum");
  await form.getByLabel("Werkgebied").selectOption({ label: "Hilversum" });
  await form.getByLabel("Soort contract").selectOption({ index: 1 });
  await form.getByLabel("Ik sta open voor kandidaten met een afstand tot de arbeidsmarkt").check();
  await form.getByRole("button", { name: "Vacature doorgeven" }).click();

  await expect(employer).toHaveURL(/\/werkgever\/vacatures\/[^/?]+\?opgeslagen=1$/, { timeout: 15_000 });
  vacancyId = new URL(employer.url()).pathname.split("/").pop()!;
  await expect(employer.getByRole("heading", { level: 1, name: vacancyTitle })).toBeVisible();
  await expect(employer.getByRole("status").filter({ hasText: "De vacature is opgeslagen" })).toContainText(`Uw vaste contactpersoon, ${ownerName}, heeft een melding gekregen.`);
  await expectNoSeriousA11yViolations(employer);

  await employer.getByRole("link", { name: "Vacature wijzigen" }).click();
  await expect(employer.getByRole("heading", { level: 1, name: "Vacature wijzigen" })).toBeVisible();
  await expect(employer.getByLabel("Functietitel")).toHaveValue(vacancyTitle);
  await expectNoSeriousA11yViolations(employer);
});

test("the employer asks a question and books the published slot", async () => {
  await employer.goto("/werkgever/vragen");
  await expect(employer.getByRole("heading", { level: 1, name: "Vragen" })).toBeVisible();
  await expect(employer.getByText(`Stel uw vraag aan ${ownerName}, uw vaste contactpersoon.`)).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  const ask = employer.getByRole("form", { name: "Een vraag stellen" });
  await ask.getByLabel("Onderwerp").selectOption({ label: "Instrumenten en subsidies" });
  await ask.getByLabel("Uw vraag").fill(questionText);
  await ask.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(employer.getByText("Uw vraag is verstuurd")).toBeVisible();
  const asked = employer.getByRole("listitem").filter({ hasText: questionText });
  await expect(asked).toContainText("Nog geen antwoord");
  await expect(employer.getByRole("heading", { name: "Uw vragen (1)" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  await employer.goto("/werkgever/afspraken");
  await expect(employer.getByRole("heading", { level: 1, name: "Afspraken" })).toBeVisible();
  await expect(employer.getByText("U heeft geen afspraken gepland.")).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  const book = employer.getByRole("form", { name: "Een afspraak maken" });
  const slot = book.getByLabel("Tijdstip");
  const optionLabel = (await slot.getByRole("option", { name: slotLocation }).textContent())!;
  await slot.selectOption({ label: optionLabel });
  await book.getByLabel("Waarover wilt u praten?").fill(appointmentSubject);
  await book.getByRole("button", { name: "Afspraak maken" }).click();
  await expect(employer.getByText("Uw afspraak is gemaakt")).toBeVisible();
  const appointment = employer.getByRole("row").filter({ hasText: appointmentSubject });
  await expect(appointment).toContainText(ownerName);
  await expect(appointment).toContainText(slotLocation);
  await expectNoSeriousA11yViolations(employer);

  await employer.goto("/werkgever/meldingen");
  await expect(employer.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);
});

test("the owner sees the question, the vacancy and the appointment; answers and hands the vacancy over", async () => {
  // Notifications for all three.
  await owner.goto("/professional/meldingen");
  await expect(owner.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  await expect(owner.getByRole("link", { name: `Nieuwe vraag van ${organisationName}` }).first()).toBeVisible();
  await expect(owner.getByRole("link", { name: `Afspraak geboekt door ${organisationName}` }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(owner);

  await owner.goto("/professional");
  await expect(owner.getByRole("heading", { level: 1, name: "Werklijst" })).toBeVisible();
  await expectNoSeriousA11yViolations(owner);

  // The question, answered from the inbox.
  await owner.goto("/professional/inbox");
  await expect(owner.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const question = owner.getByRole("listitem").filter({ hasText: questionText });
  await expect(question).toBeVisible();
  await expect(question.getByRole("heading", { name: `${organisationName} — Instrumenten en subsidies` })).toBeVisible();
  await expectNoSeriousA11yViolations(owner);
  await question.getByLabel(`Antwoord aan ${organisationName}`).fill(answerText);
  await question.getByRole("button", { name: "Antwoord versturen" }).click();
  // The page is refreshed with a confirmation; the question moves from "Open vragen" to "Recent beantwoord".
  await expect(owner.getByRole("status").filter({ hasText: "Antwoord verstuurd" })).toBeVisible({ timeout: 15_000 });
  const answered = owner.getByRole("region", { name: /Recent beantwoord/ }).getByRole("listitem").filter({ hasText: questionText });
  await expect(answered).toContainText("Uw antwoord");
  await expect(answered).toContainText(answerText);
  await expect(owner.getByRole("region", { name: /Open vragen/ }).getByText(questionText)).toHaveCount(0);
  await expectNoSeriousA11yViolations(owner);

  // The vacancy in the intake list, opened and handed over to the demo bemiddelaar.
  await owner.goto("/professional/vacatures");
  await expect(owner.getByRole("heading", { level: 1, name: "Vacatures van mijn werkgevers" })).toBeVisible();
  const vacancyRow = owner.getByRole("row").filter({ hasText: vacancyTitle });
  await expect(vacancyRow).toContainText(organisationName);
  await expect(vacancyRow).toContainText("Ontvangen");
  await expectNoSeriousA11yViolations(owner);
  await vacancyRow.getByRole("link", { name: vacancyTitle }).click();

  await expect(owner).toHaveURL(new RegExp(`/professional/vacatures/${vacancyId}$`));
  await expect(owner.getByRole("heading", { level: 1, name: vacancyTitle })).toBeVisible();
  organisationId = (await owner.getByRole("link", { name: organisationName }).first().getAttribute("href"))!.split("/").pop()!;
  await expectNoSeriousA11yViolations(owner);

  const handover = owner.getByRole("form", { name: "Overdragen aan bemiddelaars" });
  await handover.getByRole("checkbox", { name: new RegExp(`^${mediatorName}`) }).check();
  await handover.getByLabel("Uiterste datum voor een voordracht").fill(handoverDueDate);
  await handover.getByLabel("Toelichting voor de bemiddelaars").fill("Werkgever staat open voor kandidaten uit de banenafspraak.");
  await handover.getByRole("button", { name: "Vacature overdragen" }).click();
  await expect(owner.getByText("De vacature is overgedragen")).toBeVisible();
  await owner.reload();
  const handovers = owner.getByRole("table", { name: /Bemiddelaars met deze vacature/ });
  await expect(handovers.getByRole("row").filter({ hasText: mediatorName })).toBeVisible();
  await expectNoSeriousA11yViolations(owner);

  await owner.goto(`/professional/vacatures/${vacancyId}/verrijken`);
  await expect(owner.getByRole("heading", { level: 1, name: "Vacature verrijken" })).toBeVisible();
  await expect(owner.getByLabel("Functietitel")).toHaveValue(vacancyTitle);
  await expectNoSeriousA11yViolations(owner);

  // The booked appointment in the owner's calendar.
  await owner.goto("/professional/afspraken");
  const booked = owner.getByRole("row").filter({ hasText: slotLocation });
  await expect(booked).toContainText("Geboekt");
  await expect(booked).toContainText(organisationName);
  await expect(booked).toContainText(appointmentSubject);
  await expectNoSeriousA11yViolations(owner);

  // The employer page: the vacancy, the answered question and the coming appointment.
  await owner.goto(`/professional/werkgevers/${organisationId}`);
  await expect(owner.getByRole("heading", { level: 1, name: organisationName })).toBeVisible();
  await expect(owner.getByText(`KvK-nummer ${kvkNumber}`).first()).toBeVisible();
  await expect(owner.getByRole("table", { name: /Vacatures van deze werkgever/ })).toContainText(vacancyTitle);
  await expect(owner.getByRole("table", { name: /Vragen van deze werkgever/ })).toContainText("Instrumenten en subsidies");
  await expect(owner.getByRole("table", { name: /Komende afspraken/ })).toContainText(appointmentSubject);
  await expect(owner.getByText(/Dubbele benadering/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(owner);

  await owner.getByRole("link", { name: "Gegevens bewerken" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Gegevens bewerken" })).toBeVisible();
  await expect(owner.getByLabel("Statutaire naam")).toHaveValue(organisationName);
  await expectNoSeriousA11yViolations(owner);

  await owner.goto(`/professional/werkgevers/${organisationId}/overdragen`);
  await expect(owner.getByRole("heading", { level: 1, name: "Werkgever overdragen" })).toBeVisible();
  await expectNoSeriousA11yViolations(owner);
});

test("a second accountmanager finds the employer by KvK number and logs a contact moment", async ({ browser }) => {
  const colleague = await newPerson(browser);
  await loginWithEmail(colleague, secondAccountManager.email);

  await colleague.goto("/professional/werkgevers");
  await expect(colleague.getByRole("heading", { level: 1, name: "Werkgeversregister" })).toBeVisible();
  await expectNoSeriousA11yViolations(colleague);
  const search = colleague.getByRole("search", { name: "Werkgevers zoeken" });
  await search.getByLabel("Zoek op naam of KvK-nummer").fill(kvkNumber);
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(colleague).toHaveURL(new RegExp(`q=${kvkNumber}`));
  await expect(colleague.getByText("1 werkgever gevonden")).toBeVisible();
  const row = colleague.getByRole("row").filter({ hasText: kvkNumber });
  await expect(row).toContainText(ownerName);
  await expectNoSeriousA11yViolations(colleague);
  await row.getByRole("link", { name: organisationName }).click();

  await expect(colleague.getByRole("heading", { level: 1, name: organisationName })).toBeVisible();
  await expect(colleague.getByText("U bent niet de vaste accountmanager van deze werkgever")).toBeVisible();
  await expect(colleague.getByRole("link", { name: "Gegevens bewerken" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(colleague);

  await colleague.getByLabel("Soort contact").selectOption({ label: "Telefoon" });
  await colleague.getByLabel("Onderwerp", { exact: true }).fill(contactTopic);
  await colleague.getByLabel("Samenvatting en uitkomst").fill("Werkgever belde over een stageplek; doorverwezen naar de vaste accountmanager.");
  await colleague.getByRole("button", { name: "Contactmoment vastleggen" }).click();
  await expect(colleague.getByText("Het contactmoment is vastgelegd.")).toBeVisible();
  await expect(colleague.getByText("Het staat als dubbele benadering in de tijdlijn")).toBeVisible();
  await expectNoSeriousA11yViolations(colleague);
});

test("the owner sees the double-approach signal and a notification", async () => {
  await owner.goto(`/professional/werkgevers/${organisationId}`);
  await expect(owner.getByText("Dubbele benadering: 1 keer")).toBeVisible();
  const entry = owner.getByRole("listitem").filter({ hasText: contactTopic });
  await expect(entry).toContainText(`door ${secondAccountManager.name}`);
  await expect(entry).toContainText("Dubbele benadering");
  await expectNoSeriousA11yViolations(owner);

  await owner.goto("/professional/meldingen");
  await expect(
    owner.getByRole("heading", { name: `Dubbele benadering: ${secondAccountManager.name} had contact met ${organisationName}` }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(owner);
});

test("the employer sees the answer and the appointment", async () => {
  await employer.goto("/werkgever/vragen");
  const asked = employer.getByRole("listitem").filter({ hasText: questionText });
  await expect(asked).toContainText(`Antwoord van ${ownerName}`);
  await expect(asked).toContainText(answerText);
  await expectNoSeriousA11yViolations(employer);

  await employer.goto("/werkgever/meldingen");
  await expect(employer.getByRole("heading", { name: "Uw vraag is beantwoord" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  await employer.goto("/werkgever");
  await expect(employer.getByRole("region", { name: "Afspraken" })).not.toContainText("U heeft geen afspraken gepland.");
  await expect(employer.getByRole("region", { name: "Vragen" })).toContainText("Vragen zonder antwoord: 0");
});

test("the demo bemiddelaar sees the handed-over vacancy", async ({ browser }) => {
  const mediator = await newPerson(browser);
  await signInAs(mediator, "JOB_MEDIATOR");
  await mediator.goto("/professional/vacatures");
  await expect(mediator.getByRole("heading", { level: 1, name: "Vacatures aan mij overgedragen" })).toBeVisible();
  const row = mediator.getByRole("row").filter({ hasText: vacancyTitle });
  await expect(row).toContainText(organisationName);
  await expect(row).toContainText(ownerName);
  await expectNoSeriousA11yViolations(mediator);

  await row.getByRole("link", { name: vacancyTitle }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: vacancyTitle })).toBeVisible();
  await expect(mediator.getByText("Deze vacature is aan u overgedragen")).toBeVisible();
  await expect(mediator.getByRole("form", { name: "Overdragen aan bemiddelaars" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(mediator);
});
