import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressCounts, type HiddenReason, type SumGroup } from "./suppress-counts";

/** A table of rows × columns with a total column, a total row and the grand total, as values and sum groups. */
function grid(cells: number[][]) {
  const rows = cells.length;
  const cols = cells[0]!.length;
  const width = cols + 1;
  const values: number[] = [];
  const at = (r: number, c: number) => r * width + c;
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= cols; c++) {
      const inner = (rr: number, cc: number) => cells[rr]![cc]!;
      const rowSum = (rr: number) => cells[rr]!.reduce((sum, v) => sum + v, 0);
      const colSum = (cc: number) => cells.reduce((sum, row) => sum + row[cc]!, 0);
      if (r < rows && c < cols) values.push(inner(r, c));
      else if (r < rows) values.push(rowSum(r));
      else if (c < cols) values.push(colSum(c));
      else values.push(cells.flat().reduce((sum, v) => sum + v, 0));
    }
  }
  const groups: SumGroup[] = [];
  for (let r = 0; r <= rows; r++) groups.push({ total: at(r, cols), parts: Array.from({ length: cols }, (_, c) => at(r, c)) });
  for (let c = 0; c <= cols; c++) groups.push({ total: at(rows, c), parts: Array.from({ length: rows }, (_, r) => at(r, c)) });
  return { values, groups };
}

/** Every hidden cell whose value follows from the visible ones by linear algebra over all the groups (Gaussian elimination). */
function linearlyRecovered(values: number[], groups: readonly SumGroup[], hidden: readonly (HiddenReason | null)[]): number[] {
  const unknowns = values.map((_, i) => i).filter((i) => hidden[i] !== null);
  const column = new Map(unknowns.map((cell, j) => [cell, j]));
  const rows = groups.map((group) => {
    const row = new Array<number>(unknowns.length + 1).fill(0);
    const add = (cell: number, sign: number) => {
      const j = column.get(cell);
      if (j === undefined) row[unknowns.length]! -= sign * values[cell]!;
      else row[j]! += sign;
    };
    add(group.total, -1);
    for (const part of group.parts) add(part, 1);
    return row;
  });
  // Reduced row echelon form; an unknown is determined when a row has its pivot and no other unknown.
  let pivotRow = 0;
  for (let j = 0; j < unknowns.length && pivotRow < rows.length; j++) {
    const found = rows.findIndex((row, index) => index >= pivotRow && Math.abs(row[j]!) > 1e-9);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[j]!;
    for (let k = 0; k < pivot.length; k++) pivot[k]! /= scale;
    rows.forEach((row, index) => {
      if (index === pivotRow || Math.abs(row[j]!) < 1e-9) return;
      const factor = row[j]!;
      for (let k = 0; k < row.length; k++) row[k]! -= factor * pivot[k]!;
    });
    pivotRow++;
  }
  return rows.flatMap((row) => {
    const nonZero = row.slice(0, unknowns.length).flatMap((v, j) => (Math.abs(v) > 1e-9 ? [j] : []));
    return nonZero.length === 1 ? [unknowns[nonZero[0]!]!] : [];
  });
}

/** The attacker of the issue: groups with one unknown, to a fixpoint, then pairs of groups added or subtracted. */
function recoveredBySubtraction(values: number[], groups: readonly SumGroup[], hidden: readonly (HiddenReason | null)[]): number[] {
  const known = hidden.map((reason) => reason === null);
  const recovered: number[] = [];
  const unknownsOf = (group: SumGroup) => [group.total, ...group.parts].filter((cell) => !known[cell]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const open = unknownsOf(group);
      if (open.length === 1) {
        known[open[0]!] = true;
        recovered.push(open[0]!);
        changed = true;
      }
    }
    for (const a of groups) {
      for (const b of groups) {
        if (a === b) continue;
        for (const sign of [1, -1]) {
          const coefficient = new Map<number, number>();
          const add = (group: SumGroup, s: number) => {
            for (const [cell, c] of [[group.total, -s], ...group.parts.map((p) => [p, s])] as [number, number][]) {
              if (!known[cell]) coefficient.set(cell, (coefficient.get(cell) ?? 0) + c);
            }
          };
          add(a, 1);
          add(b, sign);
          const open = [...coefficient].filter(([, c]) => c !== 0);
          if (open.length === 1) {
            known[open[0]![0]] = true;
            recovered.push(open[0]![0]);
            changed = true;
          }
        }
      }
    }
  }
  return recovered;
}

/** Hidden cells pinned by one group and the labels ("< 5" = 1–4, "verborgen" = 5 or more). */
function recoveredByBounds(values: number[], groups: readonly SumGroup[], hidden: readonly (HiddenReason | null)[]): number[] {
  return groups.flatMap((group) => {
    const members = [{ cell: group.total, sign: -1 }, ...group.parts.map((cell) => ({ cell, sign: 1 }))];
    const open = members.filter((m) => hidden[m.cell] !== null);
    if (open.length < 2) return [];
    const rest = -members.filter((m) => hidden[m.cell] === null).reduce((sum, m) => sum + m.sign * values[m.cell]!, 0);
    const bounds = (cell: number) => (hidden[cell] === "primary" ? [1, 4] : [5, Infinity]);
    // Brute force over small ranges: which values of each open member are consistent?
    return open.flatMap((m) => {
      const [lo, hi] = bounds(m.cell);
      const others = open.filter((o) => o !== m);
      const possible: number[] = [];
      for (let x = lo!; x <= Math.min(hi!, 60); x++) {
        const need = rest - m.sign * x;
        let min = 0;
        let max = 0;
        for (const o of others) {
          const [a, b] = bounds(o.cell);
          min += o.sign > 0 ? a! : -b!;
          max += o.sign > 0 ? b! : -a!;
        }
        if (need >= min && need <= max) possible.push(x);
      }
      return possible.length === 1 && (hi !== Infinity || possible[0]! < 60) ? [m.cell] : [];
    });
  });
}

describe("suppressCounts", () => {
  it("hides 1–4 and shows 0 and 5 or more when nothing else gives them away", () => {
    expect(suppressCounts({ values: [0, 1, 4, 5, 120] }).hidden).toEqual([null, "primary", "primary", null, null]);
  });

  it("hides the smallest other part when a total minus the visible parts gives a hidden one", () => {
    // Totaal 7 = Vast 5 + Tijdelijk 2 + Uitzend 0: 7 - 5 - 0 = 2.
    const { hidden } = suppressCounts({ values: [5, 2, 0, 7], groups: [{ total: 3, parts: [0, 1, 2] }] });
    expect(hidden).toEqual(["secondary", "primary", null, null]);
  });

  it("prefers a non-zero cell and takes the total only when no part is left", () => {
    expect(suppressCounts({ values: [0, 3, 0, 3], groups: [{ total: 3, parts: [0, 1, 2] }] }).hidden).toEqual([null, "primary", null, "primary"]);
    expect(suppressCounts({ values: [9, 3, 12], groups: [{ total: 2, parts: [0, 1] }] }).hidden).toEqual(["secondary", "primary", null]);
  });

  it("hides one more when the labels pin the hidden cells (10 = 8 + two cells of 1)", () => {
    const { hidden } = suppressCounts({ values: [10, 8, 1, 1], groups: [{ total: 0, parts: [1, 2, 3] }] });
    expect(hidden.filter(Boolean)).toHaveLength(3);
    expect(hidden[1]).toBe("secondary");
  });

  it("follows a hide into the other groups of that cell (row and column)", () => {
    const { values, groups } = grid([
      [2, 20, 30],
      [15, 25, 35],
    ]);
    const { hidden } = suppressCounts({ values, groups });
    expect(recoveredBySubtraction(values, groups, hidden)).toEqual([]);
    expect(hidden.filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });

  it("hides forced cells and protects them like any other", () => {
    const { hidden } = suppressCounts({ values: [10, 20, 30], groups: [{ total: 2, parts: [0, 1] }], forced: [0] });
    expect(hidden).toEqual(["secondary", "secondary", null]);
  });

  const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }) });
  const tables = fc.integer({ min: 1, max: 6 }).chain((cols) => fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 7 }));

  it("property: no hidden cell of a table with row and column totals can be recovered from its visible cells", () => {
    fc.assert(
      fc.property(tables, (cells) => {
        const { values, groups } = grid(cells);
        const { hidden } = suppressCounts({ values, groups });
        // No visible count of 1–4 people.
        values.forEach((value, i) => {
          if (hidden[i] === null) expect(value === 0 || value >= 5).toBe(true);
        });
        expect(recoveredBySubtraction(values, groups, hidden)).toEqual([]);
        expect(linearlyRecovered(values, groups, hidden)).toEqual([]);
        expect(recoveredByBounds(values, groups, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("stays linear: a 200 × 10 table with many small cells is suppressed quickly", () => {
    const cells = Array.from({ length: 200 }, (_, r) => Array.from({ length: 10 }, (_, c) => ((r * 7 + c * 13) % 11 === 0 ? 2 : (r * c) % 50)));
    const { values, groups } = grid(cells);
    const started = performance.now();
    suppressCounts({ values, groups });
    // About 70 ms on the benchmark machine; a dashboard table (10–30 cells) takes well under 1 ms.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
