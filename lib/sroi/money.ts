/** Euro amounts as people type them in the Netherlands ("12.500,50") ↔ whole cents as BigInt. */

export const MAX_EURO_CENTS = 100_000_000_000n; // 1 miljard euro: well above any regional contract

export type EuroParseResult = { ok: true; cents: bigint } | { ok: false; reason: "format" | "decimals" | "notPositive" | "tooLarge" };

const GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/; // 12.500 or 12.500,50 (dots group thousands)
const COMMA = /^(\d+)(?:,(\d+))?$/; // 12500 or 12500,50
const DOT = /^(\d+)\.(\d{1,2})$/; // 12500.50 (one or two decimals after a dot: a decimal point)

/** "€ 12.500,50", "12500,5", "12500.50" → cents. More than 2 decimals, zero or less are refused. */
export function parseEuros(input: string): EuroParseResult {
  const value = input.replace(/[\s\u00a0€]/g, "");
  if (/^-/.test(value)) return { ok: false, reason: "notPositive" };
  const match = GROUPED.exec(value) ?? COMMA.exec(value) ?? DOT.exec(value);
  if (!match) return { ok: false, reason: "format" };
  const whole = match[1]!.replace(/\./g, "");
  const fraction = match[2] ?? "";
  if (fraction.length > 2) return { ok: false, reason: "decimals" };
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0") || "0");
  if (cents <= 0n) return { ok: false, reason: "notPositive" };
  if (cents > MAX_EURO_CENTS) return { ok: false, reason: "tooLarge" };
  return { ok: true, cents };
}

const EURO = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1250050n → "€ 12.500,50". */
export function formatEuros(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = EURO.format(Number(abs / 100n) + Number(abs % 100n) / 100);
  return negative ? `-${text}` : text;
}

/** 1250050n → "12500,50", the value an edit form starts with. */
export function centsToEuroInput(cents: bigint): string {
  return `${cents / 100n},${String(cents % 100n).padStart(2, "0")}`;
}
