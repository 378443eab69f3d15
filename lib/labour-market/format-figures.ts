const NUMBER = new Intl.NumberFormat("nl-NL");
const ONE_DECIMAL = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 4950 → "4.950". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** 40.5 → "40,5%"; whole numbers stay whole: 74 → "74%". */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? NUMBER.format(value) : ONE_DECIMAL.format(value)}%`;
}

/** Share of part in whole as a percentage with one decimal, or null when whole is 0. */
export function sharePercent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
