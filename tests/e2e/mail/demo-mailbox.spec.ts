import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signInAs } from "../support/login";

/** O3 demo mode: the e2e server runs the demo mailbox, which only the administrator reads. */
test("the administrator reads the demo mailbox", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/beheer/e-mail");
  await expect(page.getByRole("heading", { level: 1, name: "Demo-mailbox" })).toBeVisible();
  await expect(page.getByText(/SMTP_URL is niet ingesteld/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

for (const role of ["ACCOUNT_MANAGER", "EMPLOYER"] as const) {
  test(`${role.toLowerCase()} gets no demo mailbox`, async ({ page }) => {
    await signInAs(page, role);
    await page.goto("/beheer/e-mail");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang/);
    await expect(page.getByText("Demo-mailbox")).toHaveCount(0);
  });
}
