import { describe, expect, it } from "vitest";
import { trendOf, trendText } from "./trend";

const cell = (value: number | null, display = value === null ? "< 5" : String(value)) => ({ value, display });

describe("trend", () => {
  it("compares numbers and is unknown when a cell is hidden or empty", () => {
    expect(trendOf(cell(12), cell(10))).toBe("up");
    expect(trendOf(cell(8), cell(10))).toBe("down");
    expect(trendOf(cell(10), cell(10))).toBe("same");
    expect(trendOf(cell(10), cell(null))).toBe("unknown");
    expect(trendOf(cell(null), cell(10))).toBe("unknown");
  });

  it("says the trend in words with the previous figure", () => {
    expect(trendText("up", cell(12))).toBe("Hoger dan de vorige periode (12)");
    expect(trendText("down", cell(12))).toBe("Lager dan de vorige periode (12)");
    expect(trendText("same", cell(12))).toBe("Gelijk aan de vorige periode (12)");
    expect(trendText("unknown", cell(null))).toBe("Niet te vergelijken met de vorige periode (< 5)");
  });
});
