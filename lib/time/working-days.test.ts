import { describe, expect, it } from "vitest";
import { amsterdamDateTime, formatSlot } from "./amsterdam-time";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

const at = (date: string, time = "12:00") => amsterdamDateTime(date, time)!;

describe("working days", () => {
  it("knows weekends and Dutch public holidays", () => {
    expect(isWorkingDay(at("2026-11-20"))).toBe(true); // Friday
    expect(isWorkingDay(at("2026-11-21"))).toBe(false); // Saturday
    expect(isWorkingDay(at("2026-11-22"))).toBe(false); // Sunday
    expect(isWorkingDay(at("2026-12-25"))).toBe(false); // Eerste Kerstdag
    expect(isWorkingDay(at("2026-04-06"))).toBe(false); // Tweede Paasdag 2026
    expect(isWorkingDay(at("2026-05-14"))).toBe(false); // Hemelvaartsdag 2026
    expect(isWorkingDay(at("2025-04-26"))).toBe(false); // Koningsdag 2025 (27th was a Sunday) — also a Saturday
    expect(isWorkingDay(at("2026-04-27"))).toBe(false); // Koningsdag 2026, a Monday
  });

  it("adds working days across a weekend at the same time of day", () => {
    expect(addWorkingDays(at("2026-11-20", "15:00"), 2)).toEqual(at("2026-11-24", "15:00")); // Fri → Tue
    expect(addWorkingDays(at("2026-11-16", "09:00"), 2)).toEqual(at("2026-11-18", "09:00")); // Mon → Wed
    expect(addWorkingDays(at("2026-11-21", "10:00"), 1)).toEqual(at("2026-11-23", "10:00")); // Sat → Mon
    expect(addWorkingDays(at("2026-12-24", "10:00"), 1)).toEqual(at("2026-12-28", "10:00")); // over Christmas
    expect(addWorkingDays(at("2026-11-20"), 0)).toEqual(at("2026-11-20"));
  });

  it("counts working days between two dates", () => {
    expect(workingDaysBetween(at("2026-11-16"), at("2026-11-18"))).toBe(2); // Mon → Wed
    expect(workingDaysBetween(at("2026-11-20"), at("2026-11-23"))).toBe(1); // Fri → Mon
    expect(workingDaysBetween(at("2026-11-20"), at("2026-11-22"))).toBe(0); // Fri → Sun
    expect(workingDaysBetween(at("2026-11-16", "09:00"), at("2026-11-16", "17:00"))).toBe(0);
    expect(workingDaysBetween(at("2026-11-18"), at("2026-11-16"))).toBe(0);
  });

  it("crosses a daylight-saving change without losing the wall-clock time", () => {
    expect(addWorkingDays(at("2026-10-23", "09:00"), 1)).toEqual(at("2026-10-26", "09:00"));
  });
});

describe("Amsterdam local time", () => {
  it("converts summer and winter times", () => {
    expect(amsterdamDateTime("2026-07-01", "09:30")?.toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(amsterdamDateTime("2026-12-01", "09:30")?.toISOString()).toBe("2026-12-01T08:30:00.000Z");
  });

  it("refuses dates and times that do not exist", () => {
    expect(amsterdamDateTime("2026-02-30", "09:00")).toBeNull();
    expect(amsterdamDateTime("2026-12-01", "25:00")).toBeNull();
    expect(amsterdamDateTime("01-12-2026", "09:00")).toBeNull();
  });

  it("formats a slot in Dutch", () => {
    expect(formatSlot(at("2026-11-24", "09:30"), at("2026-11-24", "10:00"))).toBe("dinsdag 24 november 2026, 09:30–10:00");
  });
});
