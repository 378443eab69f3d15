import { describe, expect, it } from "vitest";
import { runKeyFor } from "./run-key";

describe("runKeyFor", () => {
  it("gives every moment in a slot the same key, and the next slot a new one", () => {
    expect(runKeyFor(new Date("2026-11-20T14:05:00.000Z"), 5)).toBe("2026-11-20T14:05Z");
    expect(runKeyFor(new Date("2026-11-20T14:09:59.999Z"), 5)).toBe("2026-11-20T14:05Z");
    expect(runKeyFor(new Date("2026-11-20T14:10:00.000Z"), 5)).toBe("2026-11-20T14:10Z");
    expect(runKeyFor(new Date("2026-11-20T14:10:30.000Z"), 1)).toBe("2026-11-20T14:10Z");
    expect(runKeyFor(new Date("2026-11-20T14:59:00.000Z"), 60)).toBe("2026-11-20T14:00Z");
  });

  it("refuses a slot that is not a whole number of minutes", () => {
    expect(() => runKeyFor(new Date(), 0)).toThrow(RangeError);
    expect(() => runKeyFor(new Date(), 2.5)).toThrow(RangeError);
  });
});
