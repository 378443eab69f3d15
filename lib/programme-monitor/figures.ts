import { figureLabel } from "./schemas";

export type FigureRow = { key: string; label: string; target: number | null; actual: number | null };

/** The numeric entries of a Json object (targets or actuals). */
export function numbers(value: unknown): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

/** Targets next to actuals as readable rows: every key of either, targets first. */
export function figureRows(targets: unknown, actuals: unknown): FigureRow[] {
  const target = numbers(targets);
  const actual = numbers(actuals);
  const keys = [...new Set([...Object.keys(target), ...Object.keys(actual)])];
  return keys.map((key) => ({ key, label: figureLabel(key), target: target[key] ?? null, actual: actual[key] ?? null }));
}

/** The programme's own targets against the sum of its projects' actuals (computed, never stored). */
export function programmeFigureRows(targets: unknown, projectActuals: unknown[]): FigureRow[] {
  const sums = new Map<string, number>();
  for (const actuals of projectActuals) {
    for (const [key, value] of Object.entries(numbers(actuals))) sums.set(key, (sums.get(key) ?? 0) + value);
  }
  return Object.entries(numbers(targets)).map(([key, target]) => ({ key, label: figureLabel(key), target, actual: sums.get(key) ?? null }));
}
