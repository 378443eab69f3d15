import { expect, test } from "@playwright/test";
import { signInAs } from "../support/login";

test("a jobseeker cannot open professional pages", async ({ page }) => {
  await signInAs(page, "JOBSEEKER");
  for (const path of ["/professional", "/professional/profiel"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang/);
    await expect(page.getByText("Uw vaste contactpersoon")).toHaveCount(0);
  }
});

test("a jobseeker cannot call a professional server action, even with a captured action id", async ({ page, browser }) => {
  // Capture the real server-action request a professional sends when saving their profile.
  const professional = await browser.newPage();
  await signInAs(professional, "ACCOUNT_MANAGER");
  await professional.goto("/professional/profiel");
  const actionRequest = professional.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await professional.getByLabel(/Telefoonnummer/).fill("035 123 45 67");
  await professional.getByRole("button", { name: /Opslaan/ }).click();
  const captured = await actionRequest;
  const actionId = captured.headers()["next-action"]!;
  const body = captured.postData() ?? "";
  await professional.close();

  // Replay it as a logged-in jobseeker, with the jobseeker's own session cookie.
  await signInAs(page, "JOBSEEKER");
  const response = await page.request.post("/professional/profiel", {
    headers: {
      "next-action": actionId,
      "content-type": captured.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    data: body.replace("035 123 45 67", "06 66 66 66 66"),
  });
  const text = await response.text();
  expect(text).not.toContain("06 66 66 66 66");
  expect(text).toContain("U heeft geen toegang tot deze gegevens.");

  // And nothing was stored for the jobseeker or anyone else.
  await page.goto("/professional/profiel");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang/);
});
