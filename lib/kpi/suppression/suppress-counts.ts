import { tooFewPeople } from "@/lib/dashboard/small-cell";
import { determinedCells } from "./determined-cells";
import { pinnedMembers, PRIMARY_BOUNDS, SECONDARY_BOUNDS, type Bounds } from "./pinned-members";

/** `total = sum of parts`, as indexes into the values: a row, a column, a total row or any other sum the table shows. */
export type SumGroup = { total: number; parts: readonly number[] };

export type SuppressionInput = {
  /** Counts of people. */
  values: readonly number[];
  groups?: readonly SumGroup[];
  /** Cells to hide whatever their value (the same figure is hidden in a table published beside this one). */
  forced?: readonly number[];
};

/** Why a cell is hidden: "primary" = 1–4 people ("< 5"); "secondary" = hidden so that a primary one cannot be worked out. */
export type HiddenReason = "primary" | "secondary";

export type Suppression = { hidden: (HiddenReason | null)[] };


/**
 * Primary and complementary (secondary) suppression of one table (decision 024).
 *
 * Primary: every count of 1–4 people. Zero stays visible: it describes nobody.
 * Secondary, repeated until nothing changes:
 * - a sum group with exactly one hidden member gives it away by subtraction → hide the smallest
 *   further visible non-zero member;
 * - a group whose hidden members are pinned by what the labels say ("< 5" is 1–4, any other hidden
 *   cell at least 5): e.g. a total of 10 with 8 visible and two "< 5" cells (both 1) → hide one more;
 * - the groups taken together (determinedCells: elimination over the hidden cells) → hide the
 *   smallest visible member of a group of the exposed cell.
 *
 * The first two re-check only the groups of a newly hidden cell, so a pass is O(cells); a cell is
 * hidden at most once. The elimination costs (hidden cells)² × groups, tiny for a dashboard table.
 */
export function suppressCounts({ values, groups = [], forced = [] }: SuppressionInput): Suppression {
  const hidden: (HiddenReason | null)[] = values.map((value) => (tooFewPeople(value) ? "primary" : null));
  for (const index of forced) if (hidden[index] === null) hidden[index] = "secondary";

  const groupsOf: number[][] = values.map(() => []);
  groups.forEach((group, g) => {
    for (const member of [group.total, ...group.parts]) groupsOf[member]!.push(g);
  });

  const queue: number[] = groups.map((_, g) => g);
  const queued = groups.map(() => true);
  const hide = (index: number) => {
    hidden[index] = "secondary";
    for (const g of groupsOf[index]!) {
      if (!queued[g]) {
        queued[g] = true;
        queue.push(g);
      }
    }
  };

  const unprotectable = new Set<number>();
  for (;;) {
    while (queue.length > 0) {
      const g = queue.shift()!;
      queued[g] = false;
      const group = groups[g]!;
      if (!disclosed(group, values, hidden)) continue;
      const next = smallestVisible([group], values, hidden);
      if (next !== null) hide(next);
    }
    // Sums taken together (rows and columns around a block of hidden cells) can still give one away.
    const exposed = determinedCells(values, groups, hidden).find((cell) => !unprotectable.has(cell));
    if (exposed === undefined) break;
    const next = smallestVisible(groupsOf[exposed]!.map((g) => groups[g]!), values, hidden);
    if (next === null) unprotectable.add(exposed);
    else hide(next);
  }
  return { hidden };
}

/** True when the group's visible members and the labels of its hidden ones force a hidden member's value. */
function disclosed(group: SumGroup, values: readonly number[], hidden: readonly (HiddenReason | null)[]): boolean {
  // sum(parts) - total = 0: the hidden members' signed values add up to `constant`.
  let constant = 0;
  const terms: { coefficient: number; bounds: Bounds }[] = [];
  const visit = (index: number, sign: number) => {
    const reason = hidden[index];
    if (reason === null || reason === undefined) constant -= sign * values[index]!;
    else terms.push({ coefficient: sign, bounds: reason === "primary" ? PRIMARY_BOUNDS : SECONDARY_BOUNDS });
  };
  visit(group.total, -1);
  for (const part of group.parts) visit(part, 1);
  return terms.length > 0 && pinnedMembers(terms, constant).length > 0;
}

/**
 * The smallest visible non-zero member of the groups; null when there is none. A zero is never hidden:
 * a reader who knows hidden cells are at least 1 would see through it.
 */
function smallestVisible(groups: readonly SumGroup[], values: readonly number[], hidden: readonly (HiddenReason | null)[]): number | null {
  let best: number | null = null;
  for (const group of groups) {
    for (const index of [...group.parts, group.total]) {
      if (hidden[index] !== null || values[index]! <= 0) continue;
      if (best === null || values[index]! < values[best]!) best = index;
    }
  }
  return best;
}
