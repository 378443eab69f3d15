import { chromium } from "@playwright/test";
const [path, width, ...ys] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1200 } });
await page.goto(`http://localhost:3005${path}`, { waitUntil: "networkidle" });
await page.waitForTimeout(800);
console.log("height", await page.evaluate(() => document.documentElement.scrollHeight));
for (const y of ys) {
  await page.screenshot({ path: `.tmp-shots/clip-${width}-${y}.png`, clip: { x: 0, y: Number(y), width: Number(width), height: 1200 }, fullPage: true });
}
await browser.close();
