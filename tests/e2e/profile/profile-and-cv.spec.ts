import { expect, test, type Page } from "@playwright/test";
import { minimalPdfBytes, pngBytes } from "../../../lib/candidate-profile/__fixtures__/pdf-bytes";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signInAs } from "../support/login";

/**
 * J2: the demo resident (Nadia Boukhari, owned by the demo bemiddelaar) fills the skills profile and
 * uploads a CV; bad input gets Dutch messages; the owner bemiddelaar opens the same profile.
 */

const PDF = { name: "mijn-cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(minimalPdfBytes("Cv Nadia Boukhari")) };
const RENAMED_PNG = { name: "foto.pdf", mimeType: "application/pdf", buffer: Buffer.from(pngBytes()) };
const TOO_LARGE = { name: "groot.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 0x25) };

/** The chosen skills as code → level, read from the picker's selects. */
async function chosenSkills(page: Page): Promise<Record<string, string>> {
  return page.locator("#formulier").evaluate((form) => {
    const codes = [...form.querySelectorAll<HTMLSelectElement>('select[name="skillCode"]')].map((select) => select.value);
    const levels = [...form.querySelectorAll<HTMLSelectElement>('select[name="skillLevel"]')].map((select) => select.value);
    return Object.fromEntries(codes.map((code, index) => [code, levels[index]!]));
  });
}

test("a resident fills the profile and uploads a CV; the owner bemiddelaar sees it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, "JOBSEEKER");
  await page.goto("/werkzoekende/profiel");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const form = page.getByRole("form", { name: "Profiel" });

  // Bad input: Dutch messages next to the fields and in the summary, nothing saved.
  await form.getByLabel("Maximaal aantal uren").fill("41");
  await form.getByLabel("Andere talen").fill("<script>alert(1)</script>");
  await form.getByRole("button", { name: "Profiel opslaan" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Het profiel is nog niet opgeslagen" });
  await expect(summary).toContainText("Vul een aantal uren tussen 1 en 40 in.");
  await expect(summary).toContainText("Gebruik geen HTML-tekens zoals < en >.");
  await expect(form.getByLabel("Maximaal aantal uren")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  // A new skill with a level, hours and a work area.
  await form.getByLabel("Minimaal aantal uren").fill("20");
  await form.getByLabel("Maximaal aantal uren").fill("32");
  await form.getByLabel("Andere talen").fill("Swahili");
  await form.getByLabel("HBEL", { exact: true }).check();
  const before = Object.keys(await chosenSkills(page)).length;
  await form.getByRole("button", { name: "Vaardigheid toevoegen" }).click();
  await form.locator(`#skill-${before}`).selectOption("medicatie-aanreiken");
  await form.locator(`#skill-level-${before}`).selectOption("3");
  await form.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(page.getByText("Het profiel is opgeslagen.")).toBeVisible();

  await page.reload();
  expect(await chosenSkills(page)).toMatchObject({ "medicatie-aanreiken": "3" });
  await expect(form.getByLabel("Minimaal aantal uren")).toHaveValue("20");
  await expect(form.getByLabel("Maximaal aantal uren")).toHaveValue("32");
  await expect(form.getByLabel("HBEL", { exact: true })).toBeChecked();
  await expect(form.getByLabel("Andere talen")).toHaveValue("Swahili");

  // CV: too large is refused before sending, a renamed PNG by the server, a real PDF is stored.
  const upload = page.getByRole("form", { name: "Cv uploaden" });
  await upload.getByLabel(/cv kiezen/i).setInputFiles(TOO_LARGE);
  await upload.getByRole("button", { name: "Cv uploaden" }).click();
  await expect(upload.getByRole("alert")).toContainText("Het bestand is te groot. Een cv mag maximaal 5 MB zijn.");

  await upload.getByLabel(/cv kiezen/i).setInputFiles(RENAMED_PNG);
  await upload.getByRole("button", { name: "Cv uploaden" }).click();
  await expect(upload.getByRole("alert")).toContainText("Dit bestand is geen pdf.");
  await expect(upload.getByLabel(/cv kiezen/i)).toHaveAttribute("aria-invalid", "true");

  await upload.getByLabel(/cv kiezen/i).setInputFiles(PDF);
  await upload.getByRole("button", { name: "Cv uploaden" }).click();
  await expect(page.getByText("Het cv mijn-cv.pdf is opgeslagen.")).toBeVisible();
  const cvLink = page.getByRole("link", { name: "mijn-cv.pdf" });
  await expect(cvLink).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const href = (await cvLink.getAttribute("href"))!;
  const candidateId = /^\/api\/kandidaten\/([^/]+)\/cv$/.exec(href)?.[1];
  expect(candidateId).toBeTruthy();
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A 50 MB upload sent anyway (not through the form) gets the Dutch message; the stored CV stays.
  const fifty = await page.request.post(href, {
    data: Buffer.alloc(50 * 1024 * 1024, 0x25),
    headers: { origin: new URL(page.url()).origin, "content-type": "application/pdf", "x-bestandsnaam": "groot.pdf" },
  });
  expect(fifty.status()).toBe(413);
  expect((await fifty.json()).error).toContain("Het bestand is te groot. Een cv mag maximaal 5 MB zijn.");
  expect((await page.request.get(href)).headers()["content-disposition"]).toContain("mijn-cv.pdf");

  // Not logged in: the same 404 as for a CV that does not exist.
  const anonymous = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.request.get(href)).status()).toBe(404);
  await anonymous.close();

  // The owner bemiddelaar opens the same profile and sees the new skill and the CV.
  const mediatorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "nl-NL" });
  const mediator = await mediatorContext.newPage();
  await signInAs(mediator, "JOB_MEDIATOR");
  await mediator.goto(`/professional/kandidaten/${candidateId}/profiel`);
  await expect(mediator.getByRole("heading", { level: 1, name: "Profiel van Nadia Boukhari" })).toBeVisible();
  expect(await chosenSkills(mediator)).toMatchObject({ "medicatie-aanreiken": "3" });
  await expect(mediator.getByRole("link", { name: "mijn-cv.pdf" })).toBeVisible();
  await expectNoSeriousA11yViolations(mediator);
  await mediatorContext.close();
});

test("another bemiddelaar's candidate and an accountmanager get the 404 page", async ({ page }) => {
  await signInAs(page, "ACCOUNT_MANAGER");
  const response = await page.goto("/professional/kandidaten/bestaat-niet/profiel");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/api/kandidaten/bestaat-niet/cv")).status()).toBe(404);
});
