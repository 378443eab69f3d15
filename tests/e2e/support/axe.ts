import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * The page's route with ids folded ("/professional/vacatures/:id") and the set of distinct element kinds
 * on it (tag, role, type, aria-invalid/-expanded, open). Text, styling and the number of rows do not count, so
 * the same page with other data is the same page; a validation error, another form or an open dialog makes it
 * another one. (Counting classes too kept 165 of 194 checks in a full run: every data variant was "new".)
 */
async function pageShape(page: Page): Promise<string> {
  const kinds = await page.evaluate(() => {
    const seen = new Set<string>();
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const attribute = (name: string) => element.getAttribute(name) ?? "";
      seen.add(
        [element.tagName, attribute("role"), attribute("type"), attribute("aria-invalid"), attribute("aria-expanded"), element.hasAttribute("open")].join("|"),
      );
    }
    return [...seen].sort().join("\n");
  });
  const route = new URL(page.url()).pathname
    .split("/")
    .map((segment) => (/^(?=.*\d)[a-z0-9_-]{16,}$/i.test(segment) || /^\d+$/.test(segment) ? ":id" : segment))
    .join("/");
  return `${route}#${createHash("sha256").update(kinds).digest("hex").slice(0, 16)}`;
}

/**
 * WCAG 2.1 A/AA check; serious and critical violations fail the test. Each page shape is checked once per run:
 * journeys pass the same pages many times, and axe on a long page costs seconds on a 2-core machine. The shapes
 * that passed are kept in the run's output folder (emptied by Playwright at the start of every run), shared by
 * both workers; a spec run alone checks all of its pages.
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams a dynamic page's metadata after its first content: wait for the <title> (every page must have one).
  await expect(page).toHaveTitle(/\S/, { timeout: 15_000 });
  const shape = await pageShape(page);
  const folder = path.join(test.info().project.outputDir, ".axe-passed");
  const marker = path.join(folder, `${createHash("sha256").update(shape).digest("hex")}.txt`);
  mkdirSync(folder, { recursive: true });
  // One line per call, so a run can tell how many checks it saved (docs/benchmarks.md).
  appendFileSync(path.join(folder, "calls.log"), `${existsSync(marker) ? "skipped" : "checked"} ${shape}\n`);
  if (existsSync(marker)) return;
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`),
  ).toEqual([]);
  writeFileSync(marker, `${shape}\n${test.info().titlePath.join(" › ")}\n`);
}
