import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs, pageAs } from "../support/login";

/**
 * Issue 14 O4: ADMIN keeps the skills taxonomy and the partner organisations current. Fresh names only,
 * so other specs (and the seeded data they rely on) are unaffected.
 */

const suffix = () => Date.now().toString(36);

test("an administrator adds, renames and retires a skill; the employer's vacancy form follows", async ({ page, browser }) => {
  // Several pages with an axe check each, and a second signed-in browser, on a shared 2-core machine.
  test.setTimeout(300_000);
  const label = `Dronevliegen e2e ${suffix()}`;
  const renamed = `${label} (A2)`;
  await loginAs(page, "ADMIN");
  await page.locator("#inhoud").getByRole("link", { name: "Vaardigheden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vaardigheden" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Vaardigheid toevoegen" }).click();
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveAccessibleDescription(/Vul de naam van de vaardigheid in\./);
  await expect(page.getByLabel("Soort", { exact: true })).toHaveAccessibleDescription(/Kies de soort vaardigheid\./);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Naam", { exact: true }).fill(label);
  await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Certificaat" });
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
  await expect(page.getByText("De vaardigheid is opgeslagen.")).toBeVisible();
  await expect(page.getByText("0 vacatures en 0 kandidaten")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Basic skills and certificates are offered for every occupation class, so the first picker row shows it.
  const employer = await pageAs(browser, "EMPLOYER");
  const offered = (text: string) => employer.getByLabel("Vaardigheid 1").locator("option", { hasText: text });
  await employer.goto("/werkgever/vacatures/nieuw");
  await expect(offered(`${label} (certificaat)`)).toHaveCount(1);

  await page.getByLabel("Naam", { exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Naam opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await employer.reload();
  await expect(offered(`${renamed} (certificaat)`)).toHaveCount(1);

  await page.getByRole("button", { name: /Laten vervallen/ }).click();
  await expect(page.getByRole("button", { name: /Weer in gebruik nemen/ })).toBeVisible();
  await expect(page.getByText(/Vervallen sinds/)).toBeVisible();
  await employer.reload();
  await expect(employer.getByLabel("Vaardigheid 1")).toBeVisible();
  await expect(offered(renamed)).toHaveCount(0);
  await employer.context().close();

  // The list leaves it out by default and shows it under "Vervallen".
  await page.goto(`/beheer/vaardigheden?q=${encodeURIComponent(renamed)}`);
  await expect(page.getByText("Er is geen vaardigheid die past bij deze zoekopdracht.")).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "Vervallen" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("link", { name: renamed })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Odd query strings never break the page.
  await page.goto("/beheer/vaardigheden?pagina=-3&status=%3Cx%3E&soort=zzz&q=%25%25");
  await expect(page.getByRole("heading", { level: 1, name: "Vaardigheden" })).toBeVisible();
});

test("an administrator adds a partner organisation with a team, renames the team and routes to it", async ({ page }) => {
  test.setTimeout(300_000);
  const id = suffix();
  const name = `Stichting Proefpartner ${id}`;
  const team = `Team Proef ${id}`;
  const renamedTeam = `${team} Noord`;
  await loginAs(page, "ADMIN");
  await page.locator("#inhoud").getByRole("link", { name: "Partnerorganisaties en teams" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partnerorganisaties" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Partnerorganisatie toevoegen" }).click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Code")).toHaveAccessibleDescription(/Vul een code in\./);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Code").fill(`E2E${id}`.toUpperCase().slice(0, 30));
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Soort organisatie").selectOption({ label: "Netwerk" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Deze organisatie heeft nog geen teams.")).toBeVisible();

  await page.getByLabel("Naam van het nieuwe team").fill(team);
  await page.getByRole("button", { name: "Team toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 3, name: team })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel(`Nieuwe naam voor ${team}`).fill(renamedTeam);
  await page.getByRole("button", { name: "Naam opslaan" }).click();
  await expect(page.getByRole("heading", { level: 3, name: renamedTeam })).toBeVisible();

  // The routing form offers the teams of the chosen partner.
  await page.goto("/beheer/routering/nieuw");
  await page.getByLabel("Partnerorganisatie").selectOption({ label: name });
  await expect(page.getByLabel("Team").locator("option", { hasText: renamedTeam })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // Nothing depends on it yet, so it can be switched off, and on again.
  await page.goto("/beheer/partners");
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: /^Deactiveren/ }).click();
  await expect(page.getByRole("button", { name: /Weer activeren/ })).toBeVisible();
  await page.getByRole("button", { name: /Weer activeren/ }).click();
  await expect(page.getByRole("button", { name: /^Deactiveren/ })).toBeVisible();
});
