import { chromium } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
const pages = (process.env.PAGES ?? "/,/instrumenten,/instrumenten/LKS,/arbeidsmarkt,/privacyverklaring,/toegankelijkheidsverklaring,/cookieverklaring,/bestaatniet").split(",");
const widths = (process.env.WIDTHS ?? "320,1280").split(",").map(Number);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const width of widths) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  for (const path of pages) {
    await page.goto(`http://localhost:3005${path}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const h1 = await page.locator("h1").count();
    let axe = [];
    if (width === 1280 || process.env.AXE_ALL) {
      const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      axe = r.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
    }
    console.log(width, path, "overflow", overflow, "h1", h1, axe.length ? axe : "");
    const name = path.replace(/[^a-z0-9]+/gi, "_") || "home";
    await page.screenshot({ path: `.tmp-shots/${width}${name}.png`, fullPage: true });
  }
  if (errors.length) console.log("console errors", width, errors.slice(0, 5));
  await context.close();
}
await browser.close();
