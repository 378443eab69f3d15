import { describe, expect, it } from "vitest";
import { defaultPeriod, parsePeriod, periodChoices, previousPeriod } from "./period";

describe("parsePeriod", () => {
  it("reads a month, a quarter and a year with an exclusive end", () => {
    expect(parsePeriod("2026-10")).toMatchObject({ kind: "month", label: "oktober 2026", from: new Date("2026-10-01T00:00:00Z"), to: new Date("2026-11-01T00:00:00Z") });
    expect(parsePeriod("2026-Q4")).toMatchObject({ kind: "quarter", label: "4e kwartaal 2026", from: new Date("2026-10-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") });
    expect(parsePeriod("2025")).toMatchObject({ kind: "year", from: new Date("2025-01-01T00:00:00Z"), to: new Date("2026-01-01T00:00:00Z") });
  });

  it("refuses anything else", () => {
    for (const value of ["", "2026-13", "2026-Q5", "26", "2026-1", "x", undefined, null]) expect(parsePeriod(value)).toBeUndefined();
  });
});

describe("previousPeriod", () => {
  it("goes back across a year boundary", () => {
    expect(previousPeriod(parsePeriod("2026-01")!).key).toBe("2025-12");
    expect(previousPeriod(parsePeriod("2026-Q1")!).key).toBe("2025-Q4");
    expect(previousPeriod(parsePeriod("2026")!).key).toBe("2025");
  });
});

describe("choices", () => {
  it("defaults to the current year and offers months and quarters up to now", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(defaultPeriod(now).key).toBe("2026");
    const keys = periodChoices(now).map((p) => p.key);
    expect(keys.slice(0, 4)).toEqual(["2026", "2025", "2024", "2026-Q4"]);
    expect(keys).toContain("2026-12");
    expect(keys).toContain("2026-01");
    expect(new Set(keys).size).toBe(keys.length);
  });
});
