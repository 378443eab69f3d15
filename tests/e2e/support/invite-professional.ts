import { expect, type Page } from "@playwright/test";
import { linkFromMailbox } from "./mailbox";
import { codeFor, enrolSecondFactor } from "./two-factor";

/** A unique run tag, so each spec has its own fresh accounts. */
export const runTag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/**
 * ADMIN creates a professional's account through /beheer/gebruikers/nieuw; returns the path of the new
 * user's page (/beheer/gebruikers/<id>).
 */
export async function inviteProfessional(admin: Page, person: { name: string; email: string; role: "Accountmanager" | "Bemiddelaar" }): Promise<string> {
  await admin.goto("/beheer/gebruikers/nieuw");
  const form = admin.getByRole("form", { name: "Account aanmaken" });
  await form.getByLabel("Naam", { exact: true }).fill(person.name);
  await form.getByLabel("E-mailadres").fill(person.email);
  await form.getByLabel("Rol").selectOption({ label: person.role });
  await form.getByLabel("Partnerorganisatie").selectOption({ index: 1 });
  await form.getByRole("button", { name: "Account aanmaken en uitnodiging versturen" }).click();
  await expect(admin).toHaveURL(/\/beheer\/gebruikers\/[^/?]+\?uitgenodigd=1$/, { timeout: 30_000 });
  await expect(admin.getByText("Het account is aangemaakt")).toBeVisible();
  return new URL(admin.url()).pathname;
}

/** The invitation link from the newest mail to `email` in the demo mailbox (/beheer/e-mail); it is sent right after the request (the job once a minute is the fallback). */
export async function invitationLinkFromMailbox(admin: Page, email: string): Promise<string> {
  return linkFromMailbox(admin, { to: email, subject: "Uw account voor het portaal van het Werkcentrum", link: /\/uitnodiging\/[A-Za-z0-9_-]+/ });
}

/** The invited person follows the link and chooses a password; /inloggen confirms it. */
export async function acceptInvitationLink(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  const form = page.getByRole("form", { name: "Wachtwoord kiezen" });
  await form.getByLabel("Kies een wachtwoord").fill(password);
  await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/inloggen\?account-geactiveerd=1/, { timeout: 30_000 });
  await expect(page.getByText("Uw wachtwoord is ingesteld.")).toBeVisible();
}

/**
 * The first sign-in of a newly invited professional, through the real login form: the password, then the
 * forced enrolment of a second factor (the test reads the key and computes codes, as an authenticator app
 * would), ending on the start page. Returns the TOTP secret for later sign-ins.
 */
export async function signInForTheFirstTime(page: Page, email: string, password: string): Promise<string> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  const secret = await enrolSecondFactor(page);
  await expect(page).toHaveURL(/\/professional$/, { timeout: 30_000 });
  // The code is what the app shows now; the next sign-in asks for one.
  expect(await codeFor(secret)).toMatch(/^\d{6}$/);
  return secret;
}
