import { expect, type Page } from "@playwright/test";
import { confirmEmailFromMailbox } from "./confirm-email";
import { loginWithEmail } from "./login";

export const RESIDENT_PASSWORD = "Een lange eigen wachtzin 2026";

/**
 * A new resident through the real aanmelding form ("Ik heb geen uitkering", routed to the GEMEENTE team
 * of the demo bemiddelaar), with consent to share with the partners. The form answers "Controleer uw e-mail"
 * (the same answer as for an address that already has an account, finding 15.3); the address is then confirmed
 * from the demo mailbox (unless `confirm: false`), so the request is in the team's queue, and the resident signs
 * in: the page ends on /werkzoekende. Specs that change consents or profiles use their own resident.
 */
export async function registerResident(
  page: Page,
  person: { firstName: string; lastName: string; email: string },
  options: { confirm?: boolean } = {},
): Promise<void> {
  await submitResidentRegistration(page, person);
  await expect(page.getByRole("status").getByText("Controleer uw e-mail")).toBeVisible({ timeout: 30_000 });
  if (options.confirm !== false) await confirmEmailFromMailbox(page, person.email);
  await loginWithEmail(page, person.email, { password: RESIDENT_PASSWORD, startPage: "/werkzoekende" });
}

/** Fills and sends the aanmelding form as a visitor; what the page answers is up to the caller. */
export async function submitResidentRegistration(page: Page, person: { firstName: string; lastName: string; email: string }): Promise<void> {
  await page.goto("/werkzoekende/aanmelden");
  const form = page.getByRole("form", { name: "Aanmelden bij het Werkcentrum" });
  await form.getByLabel("Voornaam").fill(person.firstName);
  await form.getByLabel("Achternaam").fill(person.lastName);
  await form.getByLabel("Geboortedatum").fill("02-03-1990");
  await form.getByLabel("Gemeente").selectOption({ label: "Hilversum" });
  await form.getByRole("radio", { name: "Ik heb geen uitkering" }).check();
  await form.getByRole("checkbox", { name: "Deel mijn profiel met de partners van het Werkcentrum" }).check();
  await form.getByLabel("E-mailadres").fill(person.email);
  await form.getByLabel("Wachtwoord").fill(RESIDENT_PASSWORD);
  await form.getByRole("button", { name: "Aanmelding versturen" }).click();
}
