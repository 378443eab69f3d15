import { describe, expect, it } from "vitest";
import { amsterdamDateAndHour } from "./amsterdam-time";

describe("amsterdamDateAndHour", () => {
  it("gives the Amsterdam date and hour in winter (UTC+1) and summer (UTC+2)", () => {
    expect(amsterdamDateAndHour(new Date("2026-01-15T07:00:00Z"))).toEqual({ date: "2026-01-15", hour: 8 });
    expect(amsterdamDateAndHour(new Date("2026-07-15T06:00:00Z"))).toEqual({ date: "2026-07-15", hour: 8 });
    expect(amsterdamDateAndHour(new Date("2026-07-15T22:30:00Z"))).toEqual({ date: "2026-07-16", hour: 0 });
    expect(amsterdamDateAndHour(new Date("2026-12-31T23:00:00Z"))).toEqual({ date: "2027-01-01", hour: 0 });
  });

  it("is right on the days the clocks change", () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; the hour 2 does not exist.
    expect(amsterdamDateAndHour(new Date("2026-03-29T00:59:59Z"))).toEqual({ date: "2026-03-29", hour: 1 });
    expect(amsterdamDateAndHour(new Date("2026-03-29T01:00:00Z"))).toEqual({ date: "2026-03-29", hour: 3 });
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; the hour 2 happens twice.
    expect(amsterdamDateAndHour(new Date("2026-10-25T00:30:00Z"))).toEqual({ date: "2026-10-25", hour: 2 });
    expect(amsterdamDateAndHour(new Date("2026-10-25T01:30:00Z"))).toEqual({ date: "2026-10-25", hour: 2 });
    expect(amsterdamDateAndHour(new Date("2026-10-25T07:00:00Z"))).toEqual({ date: "2026-10-25", hour: 8 });
  });
});
