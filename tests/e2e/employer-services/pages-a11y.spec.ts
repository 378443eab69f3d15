import { test as base, expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import type { DemoRole } from "../support/demo-users";
import { signInAs } from "../support/login";

/**
 * Issue 3: axe (WCAG 2.1 A/AA, no serious or critical violations) on every page of the employer
 * portal and the professional workplace, as the demo users, with real ids from the list pages.
 * Each test reuses the session the sign-in setup stored for its role (tests/e2e/setup).
 */
const test = base.extend<{ role: DemoRole | null }>({
  role: [null, { option: true }],
  // The fixture callback is named `provide` (not `use`) so the React hooks lint rule leaves it alone.
  page: async ({ page, role }, provide) => {
    if (role) await signInAs(page, role);
    await provide(page);
  },
});

/** Opens the page, waits for its h1, then runs axe. */
async function check(page: Page, url: string, heading: string | RegExp) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

/** The id at the end of a link's href. */
async function idFrom(page: Page, link: ReturnType<Page["getByRole"]>): Promise<string> {
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!.split("/").pop()!;
}

test.describe("logged out", () => {
  test("/werkgever/registreren", async ({ page }) => {
    await check(page, "/werkgever/registreren", "Organisatie aanmelden");
    await expect(page.getByRole("form", { name: "Organisatie aanmelden" })).toBeVisible();
  });

  test("/werkgever/registreren with validation errors", async ({ page }) => {
    await page.goto("/werkgever/registreren");
    const form = page.getByRole("form", { name: "Organisatie aanmelden" });
    await form.getByLabel("KvK-nummer").fill("1234");
    await form.getByRole("button", { name: "Organisatie aanmelden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Uw aanmelding is nog niet verstuurd" })).toBeVisible();
    await expect(form.getByLabel("KvK-nummer")).toHaveAccessibleDescription(/Een KvK-nummer heeft precies 8 cijfers\./);
    await expect(form.getByLabel("Naam van de organisatie")).toHaveAccessibleDescription(/Vul de naam van de organisatie in\./);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("employer pages, as the demo employer", () => {
  test.use({ role: "EMPLOYER" });

  const pages: [string, string][] = [
    ["/werkgever", "Werkgeversportaal"],
    ["/werkgever/vacatures", "Vacatures"],
    ["/werkgever/vacatures/nieuw", "Vacature doorgeven"],
    ["/werkgever/vragen", "Vragen"],
    ["/werkgever/afspraken", "Afspraken"],
    ["/werkgever/meldingen", "Meldingen"],
  ];
  for (const [url, heading] of pages) {
    test(url, async ({ page }) => {
      await check(page, url, heading);
    });
  }

  test("/werkgever (start) shows the vaste contactpersoon", async ({ page }) => {
    await page.goto("/werkgever");
    await expect(page.getByRole("region", { name: "Uw vaste contactpersoon" })).toContainText("Marieke van den Berg");
  });

  test("/werkgever/vacatures/[id] and /wijzigen", async ({ page }) => {
    await page.goto("/werkgever/vacatures");
    const link = page.getByRole("table", { name: /Uw vacatures/ }).getByRole("rowheader").first().getByRole("link");
    const title = (await link.textContent())!.trim();
    const id = await idFrom(page, link);
    await check(page, `/werkgever/vacatures/${id}`, title);
    await check(page, `/werkgever/vacatures/${id}/wijzigen`, "Vacature wijzigen");
  });

  test("/werkgever/vacatures/[id]/wijzigen of a vacancy that can still be changed", async ({ page }) => {
    await page.goto("/werkgever/vacatures");
    const received = page.getByRole("row").filter({ hasText: "Ontvangen" }).filter({ has: page.getByRole("link") });
    // The seed gives the demo employer one vacancy in every status, "Ontvangen" included.
    const id = await idFrom(page, received.first().getByRole("link").first());
    await check(page, `/werkgever/vacatures/${id}/wijzigen`, "Vacature wijzigen");
    await expect(page.getByRole("form", { name: "Wijzigingen opslaan" })).toBeVisible();
  });
});

test.describe("professional pages, as the demo accountmanager", () => {
  test.use({ role: "ACCOUNT_MANAGER" });

  const pages: [string, string][] = [
    ["/professional", "Werklijst"],
    ["/professional/werkgevers", "Werkgeversregister"],
    ["/professional/vacatures", "Vacatures van mijn werkgevers"],
    ["/professional/inbox", "Inbox"],
    ["/professional/afspraken", "Afspraken"],
    ["/professional/opvolging", "Mijn afspraken om na te komen"],
    ["/professional/team", "Smoelenboek"],
    ["/professional/meldingen", "Meldingen"],
    ["/professional/aanvragen", "Aanvragen van werkgevers"],
  ];
  for (const [url, heading] of pages) {
    test(url, async ({ page }) => {
      await check(page, url, heading);
    });
  }

  test("/professional/werkgevers/[id], /bewerken and /overdragen of an own employer", async ({ page }) => {
    await page.goto("/professional");
    const link = page.getByRole("table", { name: /Werkgevers waarvan u de vaste contactpersoon bent/ }).getByRole("link").first();
    const name = (await link.textContent())!.trim();
    const id = await idFrom(page, link);
    await check(page, `/professional/werkgevers/${id}`, name);
    await check(page, `/professional/werkgevers/${id}/bewerken`, "Gegevens bewerken");
    await check(page, `/professional/werkgevers/${id}/overdragen`, "Werkgever overdragen");
  });

  test("/professional/werkgevers/[id] of another accountmanager's employer", async ({ page }) => {
    await page.goto("/professional/werkgevers");
    const row = page
      .getByRole("table", { name: /Werkgevers, gesorteerd op/ })
      .getByRole("row")
      .filter({ has: page.getByRole("link") })
      .filter({ hasNotText: "(u)" })
      .first();
    const link = row.getByRole("link").first();
    const name = (await link.textContent())!.trim();
    const id = await idFrom(page, link);
    await check(page, `/professional/werkgevers/${id}`, name);
    await expect(page.getByText("U bent niet de vaste accountmanager van deze werkgever")).toBeVisible();
  });

  test("/professional/werkgevers with a search", async ({ page }) => {
    await check(page, "/professional/werkgevers?q=Hilversum", "Werkgeversregister");
    await expect(page.getByText(/werkgevers? gevonden/)).toBeVisible();
  });

  test("/professional/vacatures/[id] and /verrijken", async ({ page }) => {
    await page.goto("/professional/vacatures");
    const link = page.getByRole("table", { name: /Vacatures van werkgevers/ }).getByRole("rowheader").first().getByRole("link");
    const title = (await link.textContent())!.trim();
    const id = await idFrom(page, link);
    await check(page, `/professional/vacatures/${id}`, title);
    await expect(page.getByRole("form", { name: "Overdragen aan bemiddelaars" })).toBeVisible();
    await check(page, `/professional/vacatures/${id}/verrijken`, "Vacature verrijken");
  });
});

test.describe("professional pages, as the demo bemiddelaar", () => {
  test.use({ role: "JOB_MEDIATOR" });

  test("/professional/vacatures", async ({ page }) => {
    await check(page, "/professional/vacatures", "Vacatures aan mij overgedragen");
  });

  test("/professional/vacatures/[id] of a handed-over vacancy", async ({ page }) => {
    await page.goto("/professional/vacatures");
    const links = page.getByRole("table", { name: /Aan u overgedragen vacatures/ }).getByRole("rowheader").getByRole("link");
    const title = (await links.first().textContent())!.trim();
    const id = await idFrom(page, links.first());
    await check(page, `/professional/vacatures/${id}`, title);
    await expect(page.getByText("Deze vacature is aan u overgedragen")).toBeVisible();
  });
});
