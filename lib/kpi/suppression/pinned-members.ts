/** What the reader knows of a hidden count from its label: "< 5" is 1–4, "verborgen" at least 5. */
export type Bounds = readonly [number, number];

export const PRIMARY_BOUNDS: Bounds = [1, 4];
export const SECONDARY_BOUNDS: Bounds = [5, Number.POSITIVE_INFINITY];

const EPSILON = 1e-7;

/**
 * For one equation `sum(coefficient_i · x_i) = constant` over hidden whole numbers x_i with known
 * bounds: the indexes of the terms whose value is forced (only one whole number fits). A single
 * unknown is always forced; more unknowns are forced when the bounds of the others leave no room,
 * e.g. x + y = 2 with both "< 5" (both 1).
 */
export function pinnedMembers(terms: readonly { coefficient: number; bounds: Bounds }[], constant: number): number[] {
  const ranges = terms.map(({ coefficient, bounds: [a, b] }) => (coefficient > 0 ? [coefficient * a, coefficient * b] : [coefficient * b, coefficient * a]) as [number, number]);
  let low = 0;
  let lowInfinite = 0;
  let high = 0;
  let highInfinite = 0;
  for (const [a, b] of ranges) {
    if (Number.isFinite(a)) low += a;
    else lowInfinite++;
    if (Number.isFinite(b)) high += b;
    else highInfinite++;
  }
  const pinned: number[] = [];
  terms.forEach(({ coefficient, bounds }, i) => {
    const [a, b] = ranges[i]!;
    const othersLow = lowInfinite - (Number.isFinite(a) ? 0 : 1) > 0 ? Number.NEGATIVE_INFINITY : low - (Number.isFinite(a) ? a : 0);
    const othersHigh = highInfinite - (Number.isFinite(b) ? 0 : 1) > 0 ? Number.POSITIVE_INFINITY : high - (Number.isFinite(b) ? b : 0);
    // coefficient · x_i = constant - others
    const first = (constant - othersHigh) / coefficient;
    const second = (constant - othersLow) / coefficient;
    const from = Math.max(Math.min(first, second), bounds[0]);
    const to = Math.min(Math.max(first, second), bounds[1]);
    if (Number.isFinite(from) && Number.isFinite(to) && Math.ceil(from - EPSILON) === Math.floor(to + EPSILON)) pinned.push(i);
  });
  return pinned;
}
