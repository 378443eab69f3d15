import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/login";
import type { DemoRole } from "../support/demo-users";

/*
 * Issue 15, finding 10: a scanner got 500 from /instrumenten?q=a%00, /vacatures?q=a%00 and /leeraanbod?q=a%00. Every
 * page with search or filters, as the role that may open it, answers hostile query strings with a Dutch page (the
 * cleaned search, or the ordinary 404 for a path), never a 500 (decision 026).
 */

const NASTY_QUERIES = [
  "q=a%00",
  "q=%00%01%1B%7F",
  "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "q=%27%20OR%201%3D1%20--",
  `q=${"x".repeat(5000)}`,
  "q=%F0%9F%98%80%E2%80%AE",
  "q=a&q=b&q=%00",
  "page=-1&pagina=99999999999&sort=%00",
  "status=%00&rol=%00&partner=%00&workArea=%00&soort=%00&kind=%00",
  "periode=%00&gemeente=%00&werkgebied=..%2F..&beroepsklasse=%25&zoek=%00",
  "van=2026-02-30&tot=%00&kandidaat=%00&email=a%00%40b.nl",
  "%00=%00",
];

const PAGES: Record<"PUBLIC" | DemoRole, string[]> = {
  PUBLIC: ["/vacatures", "/instrumenten", "/leeraanbod", "/inloggen", "/arbeidsmarkt"],
  JOBSEEKER: ["/werkzoekende/toestemmingen", "/werkzoekende/toestemmingen/inzage"],
  EMPLOYER: ["/werkgever"],
  JOB_MEDIATOR: ["/professional/kandidaten", "/professional/voordrachten", "/professional/team", "/professional/inbox", "/professional/overdrachten"],
  ACCOUNT_MANAGER: ["/professional/werkgevers", "/professional/vacatures"],
  REGIONAL_STAFF: ["/dashboard", "/dashboard/suwi"],
  ADMIN: ["/beheer/gebruikers", "/beheer/audit", "/beheer/vaardigheden", "/beheer/gebruikers/zonder-eigenaar", "/beheer/arbeidsmarkt"],
};

const BAD_PATHS = ["/vacatures/a%00", "/instrumenten/%00", "/evenementen/%0A", `/vacatures/${"x".repeat(3000)}`];

async function expectDutchPage(page: Page, url: string) {
  const response = await page.goto(url);
  const status = response?.status() ?? 0;
  expect(status, url).toBeLessThan(500);
  expect(await page.locator("html").getAttribute("lang"), url).toBe("nl");
  await expect(page.locator("h1").first(), url).toBeVisible();
  await expect(page.getByText(/Er ging iets mis/), url).toHaveCount(0);
}

test.describe.configure({ mode: "parallel" });

test("public pages: hostile query strings give the page with the cleaned search", async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of PAGES.PUBLIC) for (const query of NASTY_QUERIES) await expectDutchPage(page, `${path}?${query}`);
  await page.goto("/vacatures?q=a%00");
  expect(new URL(page.url()).search).toBe("?q=a");
  await expect(page.getByLabel("Zoek op functie of omschrijving")).toHaveValue("a");
});

test("a path with a control character or of 3000 characters is the ordinary 404 page", async ({ page }) => {
  for (const path of BAD_PATHS) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(await page.locator("html").getAttribute("lang"), path).toBe("nl");
  }
});

for (const role of ["JOBSEEKER", "EMPLOYER", "JOB_MEDIATOR", "ACCOUNT_MANAGER", "REGIONAL_STAFF", "ADMIN"] as const) {
  test(`signed-in pages of ${role}: hostile query strings never give a 500`, async ({ page }) => {
    test.setTimeout(300_000);
    await signInAs(page, role);
    for (const path of PAGES[role]) for (const query of NASTY_QUERIES) await expectDutchPage(page, `${path}?${query}`);
  });
}
