import { describe, expect, it } from "vitest";
import { collectMatches } from "./collect-matches";
import { compareRanked, type RankedId } from "./ranking";

function setup(indexScores: Record<string, number>, detail: Record<string, number | "revoked" | "deleted">) {
  const index = new Map(Object.entries(indexScores));
  const forgotten: string[] = [];
  const loads: string[][] = [];
  const rank = (want: number): RankedId[] =>
    [...index]
      .map(([id, total]) => ({ id, total }))
      .sort(compareRanked)
      .slice(0, want);
  return {
    forgotten,
    loads,
    run: (limit: number) =>
      collectMatches({
        limit,
        rank,
        load: async (ids) => {
          loads.push(ids);
          return ids.filter((id) => detail[id] !== "deleted").map((id) => ({ id }));
        },
        explain: (row) => (detail[row.id] === "revoked" ? null : { id: row.id, total: detail[row.id] as number }),
        forget: (id) => {
          forgotten.push(id);
          index.delete(id);
        },
      }),
  };
}

describe("collectMatches", () => {
  it("loads exactly the top k when nothing changed", async () => {
    const { run, loads } = setup({ a: 90, b: 80, c: 70 }, { a: 90, b: 80, c: 70 });
    expect(await run(2)).toEqual([{ id: "a", total: 90 }, { id: "b", total: 80 }]);
    expect(loads).toEqual([["a", "b"]]);
  });

  it("asks the index for more when rows were revoked or deleted, and forgets deleted ones", async () => {
    const { run, loads, forgotten } = setup({ a: 90, b: 80, c: 70, d: 60, e: 50 }, { a: "revoked", b: "deleted", c: 70, d: 60, e: 50 });
    expect(await run(2)).toEqual([{ id: "c", total: 70 }, { id: "d", total: 60 }]);
    expect(forgotten).toEqual(["b"]);
    expect(loads).toEqual([["a", "b"], ["c", "d", "e"]]); // never loads a row twice
  });

  it("re-sorts on the explained totals after a race", async () => {
    const { run } = setup({ a: 90, b: 80, c: 70 }, { a: 60, b: 80, c: 70 });
    expect(await run(3)).toEqual([{ id: "b", total: 80 }, { id: "c", total: 70 }, { id: "a", total: 60 }]);
  });

  it("returns fewer when the index has no more", async () => {
    const { run } = setup({ a: 90, b: 80 }, { a: "revoked", b: 80 });
    expect(await run(5)).toEqual([{ id: "b", total: 80 }]);
  });
});
