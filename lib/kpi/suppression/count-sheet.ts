import { HIDDEN_LABEL, MIN_CELL_SIZE, SUPPRESSED_LABEL, peopleCell } from "@/lib/dashboard/small-cell";
import type { DashboardCell } from "@/lib/dashboard/table";
import { suppressCounts, type HiddenReason } from "./suppress-counts";

export type KeyedSum<K extends string> = { total: K; parts: readonly K[] };

export type CountSheet<K extends string> = {
  /** The count as a cell: "< 5" (1–4 people), "verborgen" (hidden to protect a "< 5") or the number. */
  people(key: K): DashboardCell;
  isHidden(key: K): boolean;
  /** A figure computed from these counts (a share, an average): shown only when every one of them is shown. */
  derived(from: readonly K[], cell: DashboardCell): DashboardCell;
};

const HIDDEN: Record<HiddenReason, DashboardCell> = {
  primary: { display: SUPPRESSED_LABEL, value: null },
  secondary: { display: HIDDEN_LABEL, value: null },
};

/**
 * The counts of people of one table (or of tables published side by side) with the sums that hold
 * between them, suppressed together by `suppressCounts`: every people cell of a KPI table comes from here.
 */
export type CountSheetOptions<K extends string> = {
  /** Cells hidden whatever their value (the same figure is hidden in a table published beside this one). */
  forced?: readonly K[];
  /** The same counts for the whole region when filters are set: a count 1–4 below the region's is hidden. */
  reference?: Partial<Record<K, number>> | null;
};

export function countSheet<K extends string>(
  values: Record<K, number>,
  sums: readonly KeyedSum<NoInfer<K>>[] = [],
  { forced = [], reference = null }: CountSheetOptions<NoInfer<K>> = {},
): CountSheet<K> {
  const keys = Object.keys(values) as K[];
  const indexOf = new Map(keys.map((key, index) => [key, index]));
  const at = (key: K) => {
    const index = indexOf.get(key);
    if (index === undefined) throw new Error(`unknown count ${key}`);
    return index;
  };
  const { hidden } = suppressCounts({
    values: keys.map((key) => values[key]),
    groups: sums.map((sum) => ({ total: at(sum.total), parts: sum.parts.map(at) })),
    forced: [...forced, ...keys.filter((key) => differsByFewPeople(values[key], reference?.[key]))].map(at),
  });
  const reasonOf = (key: K) => hidden[at(key)] ?? null;
  return {
    people(key) {
      const reason = reasonOf(key);
      return reason ? { ...HIDDEN[reason] } : peopleCell(values[key]);
    },
    isHidden: (key) => reasonOf(key) !== null,
    derived(from, cell) {
      if (cell.value === null) return cell;
      return from.some((key) => reasonOf(key) !== null) ? { ...HIDDEN.secondary } : cell;
    },
  };
}

/**
 * The complement rule: the region's figure minus the filtered one counts the people outside the
 * filter. When that is 1–4 (and the region's figure is shown, 5 or more), the filtered figure is hidden.
 */
function differsByFewPeople(value: number, region: number | undefined): boolean {
  if (region === undefined || region < MIN_CELL_SIZE) return false;
  const outside = region - value;
  return outside > 0 && outside < MIN_CELL_SIZE;
}

export type Bucketed<F extends string> = `cur:${F}` | `prev:${F}`;

/** The counts of both period columns as one sheet's values: `cur:<field>` and `prev:<field>`. */
export function bothPeriods<F extends string>(cur: Record<F, number>, prev: Record<F, number>): Record<Bucketed<F>, number> {
  const out = {} as Record<Bucketed<F>, number>;
  for (const field of Object.keys(cur) as F[]) {
    out[`cur:${field}`] = cur[field];
    out[`prev:${field}`] = prev[field];
  }
  return out;
}

/** The same sum in each period column. */
export function sumInBothPeriods<F extends string>(total: F, parts: readonly F[]): KeyedSum<Bucketed<F>>[] {
  return (["cur", "prev"] as const).map((bucket) => ({
    total: `${bucket}:${total}` as Bucketed<F>,
    parts: parts.map((part) => `${bucket}:${part}` as Bucketed<F>),
  }));
}
