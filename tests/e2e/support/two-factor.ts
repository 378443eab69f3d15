import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";

const PERIOD = 30;
/** The last time step each secret got a code for in this worker: the server accepts a step once (replay protection). */
const lastStep = new Map<string, number>();

/**
 * A code the server will accept now, computed with otplib from the secret, as the authenticator app would.
 * Each call uses a later time step than the previous call for the same secret (the current step, or the next
 * one, which the server accepts within its ±1 step window); when both were used it waits for the clock.
 */
export async function codeFor(secret: string): Promise<string> {
  for (;;) {
    const current = Math.floor(Date.now() / 1000 / PERIOD);
    const step = Math.max(current, (lastStep.get(secret) ?? -1) + 1);
    if (step <= current + 1) {
      lastStep.set(secret, step);
      return generate({ secret, epoch: step * PERIOD });
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/**
 * On a page that shows the enrolment (the own page /account/tweestapsverificatie or the forced
 * /account/tweestapsverificatie/instellen): reads the key shown for manual entry, confirms a code and reads
 * the recovery codes shown once. Ends on the screen with the recovery codes.
 */
export async function completeEnrolment(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secretText = await page.getByTestId("totp-secret").innerText();
  const secret = secretText.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel("Code uit uw authenticator-app").fill(await codeFor(secret));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByRole("heading", { name: "Uw herstelcodes" })).toBeVisible({ timeout: 30_000 });
  const recoveryCodes = (await page.getByTestId("recovery-code").allInnerTexts()).map((code) => code.trim());
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

/**
 * For a professional signed in with the password but without a second factor: the forced enrolment page
 * (/account/tweestapsverificatie/instellen). Enrols, then continues to the start page; returns the secret for
 * codeFor() at later sign-ins.
 */
export async function enrolSecondFactor(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/account\/tweestapsverificatie\/instellen$/, { timeout: 30_000 });
  const { secret } = await completeEnrolment(page);
  await page.getByRole("link", { name: "Ik heb de codes bewaard, verder naar mijn portaal" }).click();
  await expect(page).not.toHaveURL(/\/account\/tweestapsverificatie/, { timeout: 30_000 });
  return secret;
}

/** The second step of /inloggen after the password: fills a code (app code or, with `recovery`, a recovery code) and submits. */
export async function submitSecondStep(page: Page, code: string, options: { recovery?: boolean } = {}): Promise<void> {
  if (options.recovery) {
    await page.getByRole("button", { name: "of gebruik een herstelcode" }).click();
    await page.getByLabel("Herstelcode").fill(code);
  } else {
    await page.getByLabel("Code uit uw authenticator-app").fill(code);
  }
  await page.getByRole("button", { name: "Code controleren" }).click();
}

// Secrets of accounts enrolled by loginWithEmail, shared by the workers of one run (the run's output folder is
// emptied at its start, like the e2e database). Only the test runner ever reads them.
function secretFile(email: string): string {
  const folder = path.join(test.info().project.outputDir, ".two-factor");
  mkdirSync(folder, { recursive: true });
  return path.join(folder, `${createHash("sha256").update(email.toLowerCase()).digest("hex")}.txt`);
}

const ENROLMENT_PATH = "/account/tweestapsverificatie/instellen";

/** The last time step used for a secret in any worker of this run, kept next to the secret (the server accepts a step once). */
function rememberStep(file: string, secret: string): void {
  const step = lastStep.get(secret);
  if (step !== undefined) writeFileSync(`${file}.step`, String(step));
}

function recallStep(file: string, secret: string): void {
  if (!existsSync(`${file}.step`)) return;
  const step = Number(readFileSync(`${file}.step`, "utf8"));
  if (Number.isInteger(step) && step > (lastStep.get(secret) ?? -1)) lastStep.set(secret, step);
}

/**
 * Runs `signIn` for one account at a time across the workers of this run: two specs signing in the same seeded
 * professional at once would otherwise both enrol, or one would be asked for a code whose secret the other has
 * not written yet. A lock left by a crashed worker is taken over after 2 minutes.
 */
export async function withSignInLock(email: string, signIn: () => Promise<void>): Promise<void> {
  const lock = `${secretFile(email)}.lock`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error(`waited too long to sign in as ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await signIn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * After the password step of /inloggen: a professional outside the six demo accounts enrols on first sign-in
 * (the secret is kept for this run), and at later sign-ins gets the code step, answered from the kept secret.
 * Returns when the browser has left /inloggen (or right away when no second factor was asked). Call it inside
 * withSignInLock.
 */
export async function passSecondFactorIfAsked(page: Page, email: string): Promise<void> {
  // Judged by what the page shows, not only by its URL: a client-side navigation can render the enrolment page
  // (which has a code field too) a moment before the address bar leaves /inloggen.
  const enrolmentKey = page.getByTestId("totp-secret");
  const secondStepButton = page.getByRole("button", { name: "Code controleren" });
  let state = "done" as "enrol" | "code" | "done";
  await expect(async () => {
    const pathname = new URL(page.url()).pathname;
    if (pathname === ENROLMENT_PATH || (await enrolmentKey.isVisible())) state = "enrol";
    else if (pathname.startsWith("/inloggen") && (await secondStepButton.isVisible())) state = "code";
    else if (pathname.startsWith("/inloggen")) throw new Error("still signing in");
  }).toPass({ timeout: 30_000 });
  const file = secretFile(email);
  if (state === "enrol") {
    const secret = await enrolSecondFactor(page);
    writeFileSync(file, secret);
    rememberStep(file, secret);
  } else if (state === "code") {
    if (!existsSync(file)) throw new Error(`${email} has a second factor this run did not enrol`);
    const secret = readFileSync(file, "utf8").trim();
    recallStep(file, secret);
    await submitSecondStep(page, await codeFor(secret));
    rememberStep(file, secret);
  }
}
