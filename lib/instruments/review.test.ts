import { describe, expect, it } from "vitest";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { isDueForReview, reviewCutoffIso } from "./review";

// 7 December 2026, 00:30 in Amsterdam is still 6 December in UTC: the Amsterdam calendar date counts.
const justAfterMidnight = new Date("2026-12-06T23:30:00Z");

describe("the six-month review boundary", () => {
  it("counts six calendar months back from today in Amsterdam", () => {
    expect(reviewCutoffIso(justAfterMidnight)).toBe("2026-06-07");
  });

  it("is due on the day six months have passed, not the day before", () => {
    expect(isDueForReview(isoToDbDate("2026-06-07"), justAfterMidnight)).toBe(true);
    expect(isDueForReview(isoToDbDate("2026-06-08"), justAfterMidnight)).toBe(false);
    expect(isDueForReview(isoToDbDate("2025-01-01"), justAfterMidnight)).toBe(true);
  });

  it("takes the last day of a shorter month (31 August → 28 February)", () => {
    expect(reviewCutoffIso(new Date("2027-08-31T10:00:00Z"))).toBe("2027-02-28");
  });
});
