import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HIDDEN_LABEL, SUPPRESSED_LABEL, isSuppressedCell, peopleCell, tooFewPeople } from "./small-cell";

describe("peopleCell", () => {
  it("hides 1 to 4 people and shows 0 and 5 or more", () => {
    expect(peopleCell(0)).toEqual({ value: 0, display: "0" });
    for (const n of [1, 2, 3, 4]) expect(peopleCell(n)).toEqual({ value: null, display: SUPPRESSED_LABEL });
    expect(peopleCell(5)).toEqual({ value: 5, display: "5" });
    expect(peopleCell(1462).display).toBe("1.462");
  });

  it("never reveals a value between 1 and 4", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const cell = peopleCell(n);
        expect(cell.value === null).toBe(tooFewPeople(n));
        if (cell.value === null) expect(cell.display).toBe("< 5");
      }),
    );
  });
});

describe("isSuppressedCell", () => {
  it("knows both labels and nothing else", () => {
    expect(isSuppressedCell({ value: null, display: SUPPRESSED_LABEL })).toBe(true);
    expect(isSuppressedCell({ value: null, display: HIDDEN_LABEL })).toBe(true);
    expect(isSuppressedCell({ value: null, display: "–" })).toBe(false);
    expect(isSuppressedCell({ value: 5, display: "5" })).toBe(false);
  });
});
