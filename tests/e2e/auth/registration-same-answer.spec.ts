import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_USERS } from "../support/demo-users";
import { pageAs } from "../support/login";
import { linkFromMailbox } from "../support/mailbox";
import { submitResidentRegistration } from "../support/register-resident";

/**
 * Finding 15.3, end to end: the registration forms answer a demo user's address exactly as a new one
 * ("Controleer uw e-mail"), create nothing for it, and the demo user gets a mail about the attempt instead.
 * Demo users are only mailed (at most a few times a day), never signed out or changed.
 */
test.describe.configure({ timeout: 180_000 });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const NOTICE_SUBJECT = "Iemand probeerde zich aan te melden met uw e-mailadres";

async function visitor(browser: Browser): Promise<Page> {
  const { baseURL, locale } = test.info().project.use;
  return (await browser.newContext({ baseURL, locale })).newPage();
}

async function answerOf(page: Page): Promise<string> {
  const answer = page.getByRole("status").filter({ hasText: "Controleer uw e-mail" });
  await expect(answer).toBeVisible({ timeout: 30_000 });
  return answer.innerText();
}

async function submitEmployerRegistration(page: Page, email: string, kvkNumber: string): Promise<void> {
  await page.goto("/werkgever/registreren");
  const form = page.getByRole("form", { name: "Organisatie aanmelden" });
  await form.getByLabel("KvK-nummer").fill(kvkNumber);
  await form.getByLabel("Naam van de organisatie").fill(`Drukkerij ${run} ${kvkNumber}`);
  await form.getByLabel("Straat").fill("Larenseweg");
  await form.getByLabel("Huisnummer").fill("30");
  await form.getByLabel("Postcode").fill("1221 CM");
  await form.getByLabel("Plaats").fill("Hilversum");
  await form.getByLabel("Gemeente").selectOption({ label: "Hilversum" });
  await form.getByLabel("Uw naam").fill("Iemand Anders");
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Telefoonnummer").fill("035 123 45 67");
  await form.getByLabel("Wachtwoord").fill("Een lange zin als wachtwoord 2026");
  await form.getByRole("button", { name: "Organisatie aanmelden" }).click();
}

const kvk = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));

test("resident registration: a demo resident's address gets the same answer as a new one, and its owner a mail", async ({ browser }) => {
  const fresh = await visitor(browser);
  await submitResidentRegistration(fresh, { firstName: `Nieuw${run}`, lastName: "Jansen", email: `e2e-nieuw-${run}@voorbeeld.nl` });
  const newAnswer = await answerOf(fresh);

  const known = await visitor(browser);
  await submitResidentRegistration(known, { firstName: "Iemand", lastName: "Anders", email: DEMO_USERS.JOBSEEKER.email });
  expect(await answerOf(known)).toBe(newAnswer);
  await expect(known.getByText("Er is al een account met dit e-mailadres")).toHaveCount(0);

  const admin = await pageAs(browser, "ADMIN");
  const link = await linkFromMailbox(admin, { to: DEMO_USERS.JOBSEEKER.email, subject: NOTICE_SUBJECT, link: /\/wachtwoord-vergeten/ });
  expect(link).toBe("/wachtwoord-vergeten");
  await Promise.all([fresh, known, admin].map((page) => page.context().close()));
});

test("employer registration: a demo employer's address gets the same answer as a new organisation, and its owner a mail", async ({ browser }) => {
  const fresh = await visitor(browser);
  await submitEmployerRegistration(fresh, `e2e-werkgever-${run}@voorbeeld.nl`, kvk());
  const newAnswer = await answerOf(fresh);

  const known = await visitor(browser);
  await submitEmployerRegistration(known, DEMO_USERS.EMPLOYER.email, kvk());
  expect(await answerOf(known)).toBe(newAnswer);
  await expect(known.getByText("Er is al een account met dit e-mailadres")).toHaveCount(0);

  const admin = await pageAs(browser, "ADMIN");
  await linkFromMailbox(admin, { to: DEMO_USERS.EMPLOYER.email, subject: NOTICE_SUBJECT, link: /\/wachtwoord-vergeten/ });
  await Promise.all([fresh, known, admin].map((page) => page.context().close()));
});
