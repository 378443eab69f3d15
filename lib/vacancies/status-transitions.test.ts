import { describe, expect, it } from "vitest";
import { canTransition, isOpenStatus, nextSelectableStatuses, statusAfterHandover } from "./status-transitions";
import { addDaysIso, isIsoDate, todayIso } from "@/lib/time/calendar-dates";

describe("vacancy status flow", () => {
  it("follows ontvangen → in behandeling → kandidaten voorgedragen → vervuld / gesloten", () => {
    expect(canTransition("RECEIVED", "IN_PROGRESS")).toBe(true);
    expect(canTransition("IN_PROGRESS", "CANDIDATES_PROPOSED")).toBe(true);
    expect(canTransition("CANDIDATES_PROPOSED", "FILLED")).toBe(true);
    expect(canTransition("CANDIDATES_PROPOSED", "CLOSED")).toBe(true);
  });

  it("refuses skipping steps, going back to ontvangen, and leaving a final status", () => {
    expect(canTransition("RECEIVED", "CANDIDATES_PROPOSED")).toBe(false);
    expect(canTransition("RECEIVED", "FILLED")).toBe(false);
    expect(canTransition("IN_PROGRESS", "RECEIVED")).toBe(false);
    expect(canTransition("FILLED", "IN_PROGRESS")).toBe(false);
    expect(canTransition("CLOSED", "RECEIVED")).toBe(false);
    expect(canTransition("IN_PROGRESS", "IN_PROGRESS")).toBe(false);
  });

  it("knows open statuses, the selectable next steps and the status after a handover", () => {
    expect(isOpenStatus("CANDIDATES_PROPOSED")).toBe(true);
    expect(isOpenStatus("FILLED")).toBe(false);
    expect(nextSelectableStatuses("RECEIVED")).toEqual(["IN_PROGRESS"]);
    expect(nextSelectableStatuses("CLOSED")).toEqual([]);
    expect(statusAfterHandover("RECEIVED")).toBe("IN_PROGRESS");
    expect(statusAfterHandover("CANDIDATES_PROPOSED")).toBe("CANDIDATES_PROPOSED");
  });
});

describe("calendar dates", () => {
  it("validates ISO dates and adds days", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("29-02-2028")).toBe(false);
    expect(addDaysIso("2026-12-31", 1)).toBe("2027-01-01");
    expect(todayIso(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24"); // already the 24th in Amsterdam
  });
});
