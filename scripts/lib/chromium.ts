import { existsSync } from "node:fs";

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  return candidates.find((candidate) => existsSync(candidate));
}

export const CHROMIUM_MISSING_MESSAGE = [
  "Geen Chromium gevonden voor de browsertests (CHROMIUM_PATH of /usr/bin/chromium).",
  "Installeer Debian's Chromium:  sudo apt-get update && sudo apt-get install -y chromium",
  "of wijs een bestaande Chromium aan:  CHROMIUM_PATH=/pad/naar/chromium npm test",
  "(Playwright kan hier zelf geen browser downloaden; de e2e-stap wordt nooit overgeslagen.)",
].join("\n");
