import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { loginAs, signInAs } from "../support/login";

/** Issue 6 (P4/A6): an accountmanager creates and edits an event; an employer registers, downloads the .ics and cancels. */

// Two browser contexts, several axe checks and an edit step: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

function dateInDays(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

test("an employer registers for an event and downloads the calendar file", async ({ page, browser }) => {
  const title = `Banenmarkt e2e ${Date.now().toString(36)}`;

  // The demo accountmanager creates the event through the form (capacity known, no seed dependency).
  const accountManager = await browser.newContext();
  const professional = await accountManager.newPage();
  // Warm the start page's route first: on a busy machine its first (cold) render can exceed the login helper's wait.
  await professional.goto("/professional");
  await loginAs(professional, "ACCOUNT_MANAGER");
  await professional.getByRole("navigation", { name: "Werkplek" }).getByRole("link", { name: "Evenementen" }).click();
  await expect(professional.getByRole("heading", { level: 1, name: "Evenementen" })).toBeVisible();
  await expectNoSeriousA11yViolations(professional);

  // Bad input first: errors in words, nothing stored.
  await professional.getByRole("button", { name: "Evenement aanmaken" }).click();
  await expect(professional.getByText("Vul een titel in.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(professional);

  await professional.getByLabel("Titel").fill(title);
  await professional.getByLabel("Soort evenement").selectOption({ label: "Banenmarkt" });
  await professional.getByLabel("Beschrijving").fill("Werkgevers en werkzoekenden ontmoeten elkaar; neem uw cv mee.");
  await professional.getByLabel("Datum").fill(dateInDays(14));
  await professional.getByLabel("Begintijd").fill("13:00");
  await professional.getByLabel("Eindtijd").fill("16:30");
  await professional.getByLabel("Locatie").fill("Werkcentrum Hilversum, Larenseweg 30");
  await professional.getByLabel("Aantal plaatsen").fill("3");
  await professional.getByLabel("Voor wie").selectOption({ label: "Werkgevers en inwoners" });
  await professional.getByRole("button", { name: "Evenement aanmaken" }).click();
  await expect(professional.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(professional.getByText("0 van 3 plaatsen bezet.")).toBeVisible();
  await expectNoSeriousA11yViolations(professional);
  const organiserUrl = professional.url();

  // The organiser changes the event: bad input first (error next to the field), then a new location.
  await professional.getByRole("link", { name: "Evenement wijzigen" }).click();
  await expect(professional.getByRole("heading", { level: 1, name: "Evenement wijzigen" })).toBeVisible();
  await expect(professional.getByLabel("Titel")).toHaveValue(title);
  await professional.getByLabel("Aantal plaatsen").fill("0");
  await professional.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(professional.getByLabel("Aantal plaatsen")).toHaveAccessibleDescription(/Er moet minimaal 1 plaats zijn\./);
  await expectNoSeriousA11yViolations(professional);
  await professional.getByLabel("Aantal plaatsen").fill("3");
  await professional.getByLabel("Locatie").fill("Werkcentrum Hilversum, zaal 2");
  await professional.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(professional.getByText("De wijzigingen zijn opgeslagen")).toBeVisible();
  await expect(professional.getByText(/zaal 2/).first()).toBeVisible();

  // The employer finds it in the public list and registers.
  await signInAs(page, "EMPLOYER");
  await page.goto("/evenementen");
  await expect(page.getByRole("heading", { level: 1, name: "Evenementen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("3 van 3")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("U bent aangemeld voor dit evenement.")).toBeVisible();
  await expect(page.getByText("2 van 3")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Zet in uw agenda (.ics)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const ics = Buffer.concat(chunks).toString("utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`SUMMARY:${title}`);
  expect(ics).toContain("\r\n");

  // The organiser sees the registration.
  await professional.goto(organiserUrl);
  await expect(professional.getByText("1 van 3 plaatsen bezet.")).toBeVisible();
  await expect(professional.getByRole("heading", { name: "Aanmeldingen (1)" })).toBeVisible();
  await accountManager.close();

  // Cancelling frees the place again.
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByRole("button", { name: "Aanmelden" })).toBeVisible();
  await expect(page.getByText("3 van 3")).toBeVisible();
});
