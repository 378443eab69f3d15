import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { pageAs } from "../support/login";
import { registerResident } from "../support/register-resident";

/**
 * J3 and X3 in the browser: the demo resident (Nadia Boukhari, owned by the demo bemiddelaar Femke
 * Jansen) revokes and grants again the partner sharing, reads who looked at her data, and reads her
 * notifications; the admin searches the audit log. axe on every page.
 */

// Each test drives one to four demo users' pages on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

const TODAY = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", day: "numeric", month: "long", year: "numeric" }).format(new Date());

test("the resident revokes and grants again the sharing with the partners, and sees state and dates", async ({ browser }) => {
  // A resident of its own: revoking the demo resident's sharing would hide her from parallel matching specs.
  const { baseURL, locale } = test.info().project.use;
  const page = await (await browser.newContext({ baseURL, locale })).newPage();
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  await registerResident(page, { firstName: `Toestemming${run}`, lastName: "Jansen", email: `e2e-toestemming-${run}@voorbeeld.nl` });
  await page.goto("/werkzoekende/toestemmingen");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn toestemmingen" })).toBeVisible();
  const partners = page.getByRole("region", { name: "Mijn profiel delen met de partners van het Werkcentrum" });
  await expect(partners.getByText("Gedeeld", { exact: true })).toBeVisible();
  await expect(partners.getByText(/U gaf toestemming op \d+ \w+ \d{4}\./)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Revoke: one confirmation, then the new state with today's date.
  await partners.getByRole("button", { name: /^Toestemming intrekken/ }).click();
  await expect(partners.getByText("Weet u zeker dat u wilt stoppen met het delen van uw profiel met de partners?")).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  const revokeRequest = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await partners.getByRole("button", { name: "Ja, trek mijn toestemming in" }).click();
  const captured = await revokeRequest;
  await expect(partners.getByRole("status")).toContainText("U heeft uw toestemming ingetrokken.");
  await expect(partners.getByText("Niet gedeeld", { exact: true })).toBeVisible();
  await expect(partners.getByText(`U trok uw toestemming in op ${TODAY}.`)).toBeVisible();
  await expect(partners.getByRole("button", { name: /^Toestemming intrekken/ })).toHaveCount(0);

  // The page itself (not only the client state) says so after a reload.
  await page.reload();
  await expect(partners.getByText(`U trok uw toestemming in op ${TODAY}.`)).toBeVisible();

  // Grant again: a new history row; the earlier choices stay visible.
  await partners.getByRole("button", { name: /^Toestemming geven/ }).click();
  await expect(partners.getByRole("status")).toContainText("U heeft toestemming gegeven om uw profiel met de partners te delen.");
  await expect(partners.getByText("Gedeeld", { exact: true })).toBeVisible();
  await expect(partners.getByText(`U gaf toestemming op ${TODAY}.`)).toBeVisible();
  await partners.getByText(/^Eerdere keuzes/).click();
  await expect(partners.getByRole("listitem").filter({ hasText: `Toestemming ingetrokken op ${TODAY}` })).toHaveCount(1);
  await expect(partners.getByRole("listitem").filter({ hasText: "Toestemming gegeven op" })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // The revoke request replayed by the bemiddelaar, with her own session, is refused.
  const mediator = await pageAs(browser, "JOB_MEDIATOR");
  const response = await mediator.request.post("/werkzoekende/toestemmingen", {
    headers: { "next-action": captured.headers()["next-action"]!, "content-type": captured.headers()["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: captured.postData() ?? "",
  });
  expect(await response.text()).toContain("U heeft geen toegang tot deze gegevens.");
});

test("the resident sees who looked at her data: the bemiddelaar's read of her dossier", async ({ browser }) => {
  // A resident of its own (the demo resident's log fills up with list reads from parallel specs).
  const { baseURL, locale } = test.info().project.use;
  const page = await (await browser.newContext({ baseURL, locale })).newPage();
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const firstName = `Inzage${run}`;
  await registerResident(page, { firstName, lastName: "Jansen", email: `e2e-inzage-${run}@voorbeeld.nl` });
  await page.goto("/werkzoekende/toestemmingen/inzage");
  await expect(page.getByText("Nog niemand heeft uw gegevens bekeken.")).toBeVisible();

  // The demo bemiddelaar picks the request up and opens the dossier.
  const mediator = await pageAs(browser, "JOB_MEDIATOR");
  await mediator.goto("/professional/kandidaten/aanmeldingen");
  const request = mediator.getByRole("row").filter({ hasText: firstName });
  await request.getByRole("button", { name: new RegExp(`^Oppakken \\(aanmelding van ${firstName} `) }).click();
  await expect(request.getByRole("status")).toContainText("Opgepakt");
  await mediator.goto(`/professional/kandidaten?q=${firstName}`);
  await mediator.getByRole("link", { name: `${firstName} Jansen` }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: `${firstName} Jansen` })).toBeVisible();

  await page.goto("/werkzoekende/toestemmingen");
  await page.getByRole("link", { name: "Bekijk wie uw gegevens heeft bekeken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie heeft mijn gegevens bekeken" })).toBeVisible();
  const read = page.getByRole("listitem").filter({ hasText: "Femke Jansen bekeek uw gegevens." }).first();
  await expect(read).toBeVisible();
  await expect(read).toContainText("Bemiddelaar");
  await expect(read).toContainText(TODAY);
  await expect(read).toContainText("Reden:");
  await expectNoSeriousA11yViolations(page);
});

test("the resident's notifications page", async ({ browser }) => {
  const page = await pageAs(browser, "JOBSEEKER");
  await page.goto("/werkzoekende/meldingen");
  await expect(page.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Mijn Werkcentrum" }).getByRole("link", { name: /Meldingen/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the admin searches the audit log; bad filters get a message next to the field", async ({ browser }) => {
  const page = await pageAs(browser, "ADMIN");
  await page.getByRole("link", { name: /Auditlog/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel(/E-mailadres van de medewerker/).fill("bemiddelaar@demo.werkcentrum.nl");
  await page.getByLabel(/Vanaf datum/).fill("2026-01-01");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/email=bemiddelaar%40demo\.werkcentrum\.nl/);
  await expect(page.getByRole("status")).toContainText(/gevonden/);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/beheer/audit?kandidaat=%3Cscript%3E&van=2026-11-10&tot=2026-11-01");
  const summary = page.getByRole("alert").filter({ hasText: "Er is iets niet goed ingevuld" });
  await expect(summary).toContainText("Een kandidaatnummer bestaat alleen uit letters en cijfers.");
  await expect(summary).toContainText("De einddatum ligt voor de begindatum.");
  await expect(page.getByLabel(/Kandidaatnummer/)).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);
});

test("other roles cannot open the consents page or the audit log", async ({ browser }) => {
  for (const [role, path] of [
    ["JOB_MEDIATOR", "/werkzoekende/toestemmingen"],
    ["EMPLOYER", "/werkzoekende/toestemmingen/inzage"],
    ["JOBSEEKER", "/beheer/audit"],
    ["ACCOUNT_MANAGER", "/beheer/audit"],
  ] as const) {
    const page = await pageAs(browser, role);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang/);
    await page.context().close();
  }
});
