import { expect, test, type Page } from "@playwright/test";

/*
 * Issue 15, finding 4: ordinary requests (server actions, forms) are refused above 256 KB before anything is parsed
 * (proxy.ts, lib/security/request-body-limit.ts); only the CV and CSV upload routes take more, each with its own cap.
 */

const KB = 1024;

function multipart(bytes: number): { body: Buffer; contentType: string } {
  const boundary = "----grens15";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="1_email"\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const filler = "a".repeat(Math.max(0, bytes - head.length - tail.length));
  return { body: Buffer.from(head + filler + tail), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The id of a real server action: the one the password-reset form calls (a public page, no account needed). */
async function realActionId(page: Page): Promise<string> {
  await page.goto("/wachtwoord-vergeten");
  const form = page.getByRole("form", { name: "Wachtwoord vergeten" });
  await form.getByLabel("E-mailadres").fill(`grootte-${Date.now()}@voorbeeld.nl`);
  const [request] = await Promise.all([
    page.waitForRequest((candidate) => candidate.method() === "POST" && candidate.headers()["next-action"] !== undefined),
    form.getByRole("button", { name: "Stuur mij een link" }).click(),
  ]);
  return request.headers()["next-action"]!;
}

test("a server action POST of 300 KB is refused with 413 before it is parsed, with a Dutch message", async ({ page }) => {
  const actionId = await realActionId(page);
  const { body, contentType } = multipart(300 * KB);
  const response = await page.request.post("/wachtwoord-vergeten", {
    headers: { "Next-Action": actionId, "Content-Type": contentType, Origin: new URL(page.url()).origin, Accept: "text/x-component" },
    data: body,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("Het verzoek is te groot");
});

test("an oversized POST to any page (an unknown action id, or none) is 413, never a 500", async ({ request, baseURL }) => {
  const { body, contentType } = multipart(300 * KB);
  for (const headers of [{ "Next-Action": "0".repeat(42) }, {}] as Record<string, string>[]) {
    for (const path of ["/", "/vacatures", "/inloggen", "/api/auth/callback/credentials"]) {
      const response = await request.post(path, { headers: { ...headers, "Content-Type": contentType, Origin: baseURL! }, data: body });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(413);
    }
  }
});

test("the ordinary forms still work: the password-reset form answers in Dutch", async ({ page }) => {
  await realActionId(page);
  await expect(page.getByText(/e-mail/i).first()).toBeVisible();
  await expect(page.getByText("Het verzoek is te groot")).toHaveCount(0);
});
