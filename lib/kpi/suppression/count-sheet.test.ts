import { describe, expect, it } from "vitest";
import { bothPeriods, countSheet, sumInBothPeriods } from "./count-sheet";

describe("countSheet", () => {
  it("labels 1–4 as '< 5' and the cells hidden to protect them as 'verborgen'", () => {
    const sheet = countSheet({ vast: 5, tijdelijk: 2, totaal: 7 }, [{ total: "totaal", parts: ["vast", "tijdelijk"] }]);
    expect(sheet.people("tijdelijk")).toEqual({ display: "< 5", value: null });
    expect(sheet.people("vast")).toEqual({ display: "verborgen", value: null });
    // 7 = (5 or more) + (1–4) leaves 5 + 2 or 6 + 1: the total may stay.
    expect(sheet.people("totaal")).toEqual({ display: "7", value: 7 });
    // 6 = (5 or more) + (1–4) leaves only 5 + 1: the total goes too.
    const tighter = countSheet({ vast: 5, tijdelijk: 1, totaal: 6 }, [{ total: "totaal", parts: ["vast", "tijdelijk"] }]);
    expect(tighter.people("totaal")).toEqual({ display: "verborgen", value: null });
  });

  it("shows a derived figure only when every count it comes from is shown", () => {
    const sheet = countSheet({ shared: 40, invited: 3 });
    const percent = { display: "8%", value: 8 };
    expect(sheet.derived(["invited", "shared"], percent)).toEqual({ display: "verborgen", value: null });
    expect(sheet.derived(["shared"], percent)).toEqual(percent);
    expect(sheet.derived(["shared"], { display: "< 5", value: null })).toEqual({ display: "< 5", value: null });
  });

  it("hides a filtered count 1–4 below the region's (the complement rule), not an equal one", () => {
    const sheet = countSheet({ a: 20, b: 30, c: 2 }, [], { reference: { a: 23, b: 30, c: 3 } });
    expect(sheet.isHidden("a")).toBe(true);
    expect(sheet.isHidden("b")).toBe(false);
    expect(sheet.people("c").display).toBe("< 5");
  });

  it("keeps the period columns apart: each has its own sum", () => {
    const values = bothPeriods({ total: 12, x: 2, y: 10 }, { total: 12, x: 6, y: 6 });
    const sheet = countSheet(values, sumInBothPeriods("total", ["x", "y"]));
    expect(sheet.isHidden("cur:y")).toBe(true);
    expect(sheet.isHidden("prev:y")).toBe(false);
    expect(sheet.people("prev:total")).toEqual({ display: "12", value: 12 });
  });
});
