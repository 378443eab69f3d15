import { expect, type Page } from "@playwright/test";

/**
 * The demo bemiddelaar (logged in on `mediator`) picks up a resident's new request in the team queue
 * and opens the candidate's dossier; returns the candidate id.
 */
export async function pickUpResident(mediator: Page, person: { firstName: string; fullName: string }): Promise<string> {
  await mediator.goto("/professional/kandidaten/aanmeldingen");
  const request = mediator.getByRole("row").filter({ hasText: person.firstName });
  await request.getByRole("button", { name: new RegExp(`^Oppakken \\(aanmelding van ${person.firstName} `) }).click();
  await expect(request.getByRole("status")).toContainText("Opgepakt");
  await mediator.goto(`/professional/kandidaten?q=${person.firstName}`);
  await mediator.getByRole("link", { name: person.fullName }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: person.fullName })).toBeVisible();
  return new URL(mediator.url()).pathname.split("/").at(-1)!;
}

/** Demo-employer vacancies being worked on (prisma/seed/demo); any of them may be open to the demo bemiddelaar. */
const OPEN_DEMO_VACANCIES = ["Schoonmaakmedewerker", "Helpende zorg en welzijn", "Verzorgende IG"];

/**
 * Opens the proposal form for `candidateId` on the first vacancy of the demo employer (logged in on
 * `employer`, read-only) that is open to the demo bemiddelaar; fails when none is.
 */
export async function openProposalFormForDemoVacancy(mediator: Page, employer: Page, candidateId: string): Promise<void> {
  const vacancyIds: string[] = [];
  for (const title of OPEN_DEMO_VACANCIES) {
    await employer.goto("/werkgever/vacatures");
    const link = employer.getByRole("link", { name: title, exact: true }).first();
    if ((await link.count()) === 0) continue;
    await link.click();
    await expect(employer).toHaveURL(/\/werkgever\/vacatures\/[^/]+$/);
    vacancyIds.push(new URL(employer.url()).pathname.split("/").at(-1)!);
  }
  for (const vacancyId of vacancyIds) {
    await mediator.goto(`/professional/kandidaten/${candidateId}/voordragen?vacature=${vacancyId}`);
    if ((await mediator.getByLabel("Motivatie").count()) > 0) return;
  }
  throw new Error(`none of the demo employer's ${vacancyIds.length} vacancies being worked on is open to the demo bemiddelaar`);
}
