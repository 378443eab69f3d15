import { expect, type Page } from "@playwright/test";
import { confirmEmailFromMailbox } from "./confirm-email";

/**
 * A new resident through the real aanmelding form ("Ik heb geen uitkering", routed to the GEMEENTE team
 * of the demo bemiddelaar), with consent to share with the partners, and the address confirmed from the demo
 * mailbox (unless `confirm: false`), so the request is in the team's queue; the page ends logged in. Specs that
 * change consents or profiles use their own resident, so parallel specs reading demo data are not affected.
 */
export async function registerResident(
  page: Page,
  person: { firstName: string; lastName: string; email: string },
  options: { confirm?: boolean } = {},
): Promise<void> {
  await page.goto("/werkzoekende/aanmelden");
  const form = page.getByRole("form", { name: "Aanmelden bij het Werkcentrum" });
  await form.getByLabel("Voornaam").fill(person.firstName);
  await form.getByLabel("Achternaam").fill(person.lastName);
  await form.getByLabel("Geboortedatum").fill("02-03-1990");
  await form.getByLabel("Gemeente").selectOption({ label: "Hilversum" });
  await form.getByRole("radio", { name: "Ik heb geen uitkering" }).check();
  await form.getByRole("checkbox", { name: "Deel mijn profiel met de partners van het Werkcentrum" }).check();
  await form.getByLabel("E-mailadres").fill(person.email);
  await form.getByLabel("Wachtwoord").fill("Een lange eigen wachtzin 2026");
  await form.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page).toHaveURL(/\/werkzoekende\/aanmelden\/bevestiging\/[^/]+$/, { timeout: 30_000 });
  if (options.confirm === false) return;
  const confirmation = page.url();
  await confirmEmailFromMailbox(page, person.email);
  await page.goto(confirmation);
}
