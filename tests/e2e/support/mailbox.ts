import { expect, type Page } from "@playwright/test";

/**
 * The path of the link in the newest mail to `to` with heading `subject` in the demo mailbox (/beheer/e-mail),
 * read on a page signed in as ADMIN. Mail someone waits for is sent right after its transaction (the minute job
 * is the fallback), so polling every second or so is enough.
 */
export async function linkFromMailbox(admin: Page, mail: { to: string; subject: string; link: RegExp }): Promise<string> {
  const caught = admin
    .getByTestId("caught-mail")
    .filter({ hasText: mail.to })
    .filter({ has: admin.getByRole("heading", { level: 2, name: mail.subject, exact: true }) })
    .first();
  await expect(async () => {
    await admin.goto("/beheer/e-mail");
    await expect(caught).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [1_000, 2_000, 5_000] });
  const path = mail.link.exec(await caught.innerText())?.[0];
  expect(path, `a link in the mail "${mail.subject}"`).toBeTruthy();
  return path!;
}
