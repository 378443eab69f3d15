import { expect, type Browser, type Page } from "@playwright/test";
import { pageAs } from "./login";
import { linkFromMailbox } from "./mailbox";

const CONFIRM_SUBJECT = "Bevestig uw e-mailadres";

/**
 * The confirmation link (path) of the newest "Bevestig uw e-mailadres" mail to `email`, read as ADMIN in the
 * demo mailbox (/beheer/e-mail). The mail is sent right after the registration (deliverMailSoon), so a few
 * seconds of polling are enough; the sender job is the fallback.
 */
export async function confirmationLinkFromMailbox(browser: Browser, email: string): Promise<string> {
  const admin = await pageAs(browser, "ADMIN");
  try {
    return await linkFromMailbox(admin, { to: email, subject: CONFIRM_SUBJECT, link: /\/e-mail-bevestigen\/[A-Za-z0-9_-]{43}/ });
  } finally {
    await admin.context().close();
  }
}

/**
 * Confirms the address of a new employer or resident as they would: opens the mailed link on `page` and
 * presses the button (decision 019: until then nothing they submit reaches a professional).
 * `change: true` for a new address of an existing account; that ends every session of the account.
 */
export async function confirmEmailFromMailbox(page: Page, email: string, options: { change?: boolean } = {}): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error("confirmEmailFromMailbox needs a page of a browser context");
  const link = await confirmationLinkFromMailbox(browser, email);
  await page.goto(link);
  await page.getByRole("button", { name: options.change ? "Bevestig mijn nieuwe e-mailadres" : "Bevestig mijn e-mailadres" }).click();
  if (options.change) {
    await expect(page).toHaveURL(/\/inloggen/, { timeout: 30_000 });
    await expect(page.getByText("Uw e-mailadres is gewijzigd.")).toBeVisible();
  } else {
    await expect(page.getByText("Uw e-mailadres is bevestigd.")).toBeVisible({ timeout: 30_000 });
  }
}
