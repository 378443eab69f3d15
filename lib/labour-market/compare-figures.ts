import { createHash } from "node:crypto";
import { figureKey, type FigureRow } from "./figure-spec";

export type FigureChange = "new" | "changed" | "unchanged";
export type ComparedFigure = FigureRow & { change: FigureChange; previous: number | null };
export type FigureComparison = { rows: ComparedFigure[]; removed: FigureRow[]; counts: Record<FigureChange | "removed", number> };

/** What an upload changes: each new row marked new, changed (with the old value) or unchanged, and the rows it drops. */
export function compareFigures(current: readonly FigureRow[], next: readonly FigureRow[]): FigureComparison {
  const before = new Map(current.map((row) => [figureKey(row), row.value]));
  const after = new Set(next.map(figureKey));
  const rows = next.map((row): ComparedFigure => {
    const previous = before.get(figureKey(row));
    const change = previous === undefined ? "new" : previous === row.value ? "unchanged" : "changed";
    return { ...row, change, previous: previous ?? null };
  });
  const removed = current.filter((row) => !after.has(figureKey(row)));
  const count = (change: FigureChange) => rows.filter((row) => row.change === change).length;
  return { rows, removed, counts: { new: count("new"), changed: count("changed"), unchanged: count("unchanged"), removed: removed.length } };
}

/** A fingerprint of a set of figures in their order: equal figures, equal hash. */
export function figuresHash(rows: readonly FigureRow[]): string {
  return createHash("sha256")
    .update(JSON.stringify(rows.map((row) => [row.section, row.category, row.measure, row.value])))
    .digest("hex");
}
