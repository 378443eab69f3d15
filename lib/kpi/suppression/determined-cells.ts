import { pinnedMembers, PRIMARY_BOUNDS, SECONDARY_BOUNDS } from "./pinned-members";
import type { HiddenReason, SumGroup } from "./suppress-counts";

const EPSILON = 1e-9;

/**
 * The hidden cells a reader can work out from all the sums together, not only one at a time (e.g.
 * two rows and a column add up to a fourth sum): Gauss–Jordan elimination over the hidden cells,
 * then every reduced equation is checked with the labels' bounds. Only the hidden cells are unknowns,
 * so the work is (hidden cells)² × groups — a few hundred operations for a dashboard table.
 */
export function determinedCells(values: readonly number[], groups: readonly SumGroup[], hidden: readonly (HiddenReason | null)[]): number[] {
  const unknowns: number[] = [];
  const column = new Map<number, number>();
  hidden.forEach((reason, cell) => {
    if (reason !== null) {
      column.set(cell, unknowns.length);
      unknowns.push(cell);
    }
  });
  if (unknowns.length === 0) return [];
  const width = unknowns.length;
  const rows: number[][] = [];
  for (const group of groups) {
    const row = new Array<number>(width + 1).fill(0);
    let touched = false;
    const add = (cell: number, sign: number) => {
      const j = column.get(cell);
      if (j === undefined) row[width]! -= sign * values[cell]!;
      else {
        row[j]! += sign;
        touched = true;
      }
    };
    add(group.total, -1);
    for (const part of group.parts) add(part, 1);
    if (touched) rows.push(row);
  }

  let pivotRow = 0;
  for (let j = 0; j < width && pivotRow < rows.length; j++) {
    let found = -1;
    for (let r = pivotRow; r < rows.length; r++) if (Math.abs(rows[r]![j]!) > EPSILON) found = found < 0 ? r : found;
    if (found < 0) continue;
    const pivot = rows[found]!;
    rows[found] = rows[pivotRow]!;
    rows[pivotRow] = pivot;
    const scale = pivot[j]!;
    for (let k = j; k <= width; k++) pivot[k]! /= scale;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const factor = row[j]!;
      if (r === pivotRow || Math.abs(factor) < EPSILON) continue;
      for (let k = j; k <= width; k++) row[k]! -= factor * pivot[k]!;
    }
    pivotRow++;
  }

  const determined = new Set<number>();
  for (const row of rows.slice(0, pivotRow)) {
    const terms: { cell: number; coefficient: number }[] = [];
    for (let j = 0; j < width; j++) if (Math.abs(row[j]!) > EPSILON) terms.push({ cell: unknowns[j]!, coefficient: row[j]! });
    const bounds = terms.map(({ cell, coefficient }) => ({ coefficient, bounds: hidden[cell] === "primary" ? PRIMARY_BOUNDS : SECONDARY_BOUNDS }));
    for (const i of pinnedMembers(bounds, row[width]!)) determined.add(terms[i]!.cell);
  }
  return [...determined];
}
