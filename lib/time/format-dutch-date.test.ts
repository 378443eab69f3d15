import { describe, expect, it } from "vitest";
import { formatDutchDate, toIsoDate } from "./format-dutch-date";

describe("formatDutchDate", () => {
  it("writes the date as Dutch readers expect", () => {
    expect(formatDutchDate(new Date("2026-03-18"))).toBe("18 maart 2026");
    expect(formatDutchDate(new Date("2026-01-01"))).toBe("1 januari 2026");
    expect(formatDutchDate(new Date("2025-12-31"))).toBe("31 december 2025");
  });

  it("does not shift a database date (midnight UTC) to the previous day", () => {
    expect(formatDutchDate(new Date(Date.UTC(2026, 2, 18, 0, 0, 0)))).toBe("18 maart 2026");
    expect(formatDutchDate(new Date(Date.UTC(2026, 2, 18, 23, 59, 59)))).toBe("18 maart 2026");
  });

  it("gives the machine-readable date for <time>", () => {
    expect(toIsoDate(new Date("2026-03-18"))).toBe("2026-03-18");
  });
});
