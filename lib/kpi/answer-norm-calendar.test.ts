import { describe, expect, it } from "vitest";
import { answerNormCalendar } from "./answer-norm-calendar";

describe("answer norm calendar", () => {
  it("gives the calendar days to add per day asked, skipping weekends and holidays", () => {
    const { days, shifts } = answerNormCalendar(new Date("2025-03-03T00:00:00Z"), new Date("2025-03-09T00:00:00Z"), 2);
    expect(days).toEqual(["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07", "2025-03-08", "2025-03-09"]);
    // Mon→Wed, Tue→Thu, Wed→Fri, Thu→Mon, Fri→Tue, Sat→Tue, Sun→Tue
    expect(shifts).toEqual([2, 2, 2, 4, 4, 3, 2]);
    // Christmas: Tue 23 Dec 2025 → Mon 29 Dec (24th, then 25/26 holidays and the weekend)
    expect(answerNormCalendar(new Date("2025-12-23T00:00:00Z"), new Date("2025-12-23T00:00:00Z"), 2).shifts).toEqual([6]);
  });
});
