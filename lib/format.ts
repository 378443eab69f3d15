const DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const NUMBER = new Intl.NumberFormat("nl-NL");

export function formatDate(date: Date): string {
  return DATE.format(date);
}

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}
