import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { pageAs } from "../support/login";
import { openProposalFormForDemoVacancy, pickUpResident } from "../support/propose";
import { registerResident } from "../support/register-resident";

/**
 * B4/E5/J3 in the browser: the demo bemiddelaar (Femke Jansen) proposes a fresh resident of this spec for
 * an open vacancy of the demo employer; the resident consents; the employer sees name and contact, tries
 * a decline without text, then invites; the bemiddelaar sees the answer. axe on every page of this flow.
 */
test.describe.configure({ timeout: 180_000 });

test("bemiddelaar proposes → resident consents → employer invites → bemiddelaar sees the answer", async ({ browser }) => {
  const { baseURL, locale } = test.info().project.use;
  const resident = await (await browser.newContext({ baseURL, locale })).newPage();
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const firstName = `Voordracht${run}`;
  const fullName = `${firstName} Jansen`;
  await registerResident(resident, { firstName, lastName: "Jansen", email: `e2e-voordracht-${run}@voorbeeld.nl` });

  // The demo bemiddelaar picks the new resident up and opens the proposal form for a demo vacancy.
  const mediator = await pageAs(browser, "JOB_MEDIATOR");
  const candidateId = await pickUpResident(mediator, { firstName, fullName });
  const employer = await pageAs(browser, "EMPLOYER");
  await openProposalFormForDemoVacancy(mediator, employer, candidateId);
  await expect(mediator.getByRole("heading", { level: 1, name: `${fullName} voordragen` })).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);

  // Too short: a Dutch message next to the field and in the summary; nothing stored.
  await mediator.getByLabel("Motivatie").fill("Past goed.");
  await mediator.getByRole("button", { name: "Voordragen en toestemming vragen" }).click();
  await expect(mediator.getByRole("alert").filter({ hasText: "De voordracht is nog niet verstuurd" })).toContainText("minstens 20 tekens");
  await expect(mediator.getByLabel("Motivatie")).toHaveAttribute("aria-invalid", "true");
  await mediator.getByLabel("Motivatie").fill("Ervaren in de schoonmaak en de zorg, betrouwbaar en wil graag 24 uur per week werken.");
  await mediator.getByRole("button", { name: "Voordragen en toestemming vragen" }).click();
  await expect(mediator).toHaveURL(/\/professional\/voordrachten\/[^/]+$/, { timeout: 30_000 });
  const proposalId = new URL(mediator.url()).pathname.split("/").at(-1)!;
  await expect(mediator.getByText("Wacht op toestemming").first()).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);

  // Before consent the employer sees nothing.
  const notYet = await employer.goto(`/werkgever/voordrachten/${proposalId}`);
  expect(notYet?.status()).toBe(404);

  // The resident answers the open request.
  await resident.goto("/werkzoekende/toestemmingen");
  const requests = resident.getByRole("region", { name: "Openstaande verzoeken" });
  await expect(requests).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
  await requests.getByRole("button", { name: /^Ja, ik geef toestemming/ }).click();
  await expect(resident.getByRole("status").filter({ hasText: "U gaf toestemming." })).toBeVisible();
  await expect(requests).toHaveCount(0);
  await resident.goto("/werkzoekende");
  await expect(resident.getByRole("region", { name: "Vacatures waarvoor u bent voorgesteld" })).toContainText("De werkgever bekijkt uw gegevens");
  await expectNoSeriousA11yViolations(resident);

  // The employer: list, detail with name, a decline without text for "Anders", then the invite.
  await employer.goto("/werkgever/voordrachten");
  await expect(employer.getByRole("heading", { level: 1, name: "Voordrachten" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);
  await employer.getByRole("link", { name: fullName }).click();
  await expect(employer.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
  await expect(employer.getByRole("region", { name: "Contactgegevens" })).toContainText(`e2e-voordracht-${run}@voorbeeld.nl`);
  await expectNoSeriousA11yViolations(employer);
  await employer.getByLabel("Reden").selectOption({ label: "Anders" });
  await employer.getByRole("button", { name: "Kandidaat afwijzen" }).click();
  await expect(employer.getByRole("alert").filter({ hasText: "De afwijzing is niet verstuurd" })).toContainText("Schrijf de reden op");
  await employer.getByRole("button", { name: "Uitnodigen voor een gesprek" }).click();
  await expect(employer.getByRole("region", { name: "Uitkomst van het gesprek" })).toBeVisible();
  await expectNoSeriousA11yViolations(employer);

  // The bemiddelaar sees the answer and the way on to the placement.
  await mediator.goto("/professional/voordrachten?status=INVITED");
  await expect(mediator.getByRole("link", { name: fullName })).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);
  await mediator.goto(`/professional/voordrachten/${proposalId}`);
  await expect(mediator.getByRole("link", { name: "Plaatsing vastleggen" })).toBeVisible();

  // The resident revokes the consent for this employer: the employer's page loses name and contact at once.
  await resident.goto("/werkzoekende/toestemmingen");
  await resident.getByRole("button", { name: /^Toestemming intrekken voor het delen van uw gegevens met / }).click();
  await resident.getByRole("button", { name: "Ja, trek mijn toestemming in" }).click();
  await expect(resident.getByRole("status").filter({ hasText: "U heeft uw toestemming ingetrokken." })).toBeVisible();
  await employer.goto(`/werkgever/voordrachten/${proposalId}`);
  await expect(employer.getByRole("heading", { level: 1, name: "Voorgedragen kandidaat" })).toBeVisible();
  await expect(employer.getByText("De kandidaat heeft de toestemming ingetrokken")).toBeVisible();
  await expect(employer.getByRole("main")).not.toContainText(firstName);
  await expect(employer.getByRole("main")).not.toContainText(`e2e-voordracht-${run}@voorbeeld.nl`);
  await expect(employer.getByRole("region", { name: "Contactgegevens" })).toHaveCount(0);
  // Access follows the proposal (decision 023): no motivation or werkfit flag after the revocation either.
  await expect(employer.getByRole("region", { name: "Waarom deze kandidaat past" })).toHaveCount(0);
  await expect(employer.getByRole("main")).not.toContainText("Ervaren in de schoonmaak en de zorg");
  await expect(employer.getByRole("region", { name: "Profiel" })).not.toContainText("Werkfit");
  await employer.goto("/werkgever/voordrachten");
  await expect(employer.getByRole("main")).not.toContainText(firstName);
  await expectNoSeriousA11yViolations(employer);
});

test("the accountmanager sees proposals anonymised; the employer start page counts what waits", async ({ browser }) => {
  const am = await pageAs(browser, "ACCOUNT_MANAGER");
  await am.goto("/professional/voordrachten");
  await expect(am.getByRole("heading", { level: 1, name: "Voordrachten" })).toBeVisible();
  await expectNoSeriousA11yViolations(am);

  const employer = await pageAs(browser, "EMPLOYER");
  await expect(employer.getByRole("region", { name: "Voordrachten" })).toContainText(/voordracht/);
  await expectNoSeriousA11yViolations(employer);
  const missing = await employer.goto("/werkgever/voordrachten/bestaat-niet");
  expect(missing?.status()).toBe(404);
});
