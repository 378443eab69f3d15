import { describe, expect, it } from "vitest";
import { deadlineBounds, deadlineProblem, defaultDeadlineIso, endOfAmsterdamDay, startOfAmsterdamDay } from "./deadline";
import { shortName } from "./labels";

describe("handover deadline", () => {
  const monday = new Date("2026-11-23T10:00:00.000Z");

  it("defaults to 5 working days ahead, skipping weekends and holidays", () => {
    expect(defaultDeadlineIso(monday)).toBe("2026-11-30");
    expect(defaultDeadlineIso(new Date("2026-12-23T10:00:00.000Z"))).toBe("2026-12-31");
  });

  it("allows 1 to 30 days ahead, counted on the Amsterdam calendar", () => {
    expect(deadlineBounds(monday)).toEqual({ min: "2026-11-24", max: "2026-12-23" });
    // 23:30 UTC on the 23rd is already the 24th in Amsterdam.
    expect(deadlineBounds(new Date("2026-11-23T23:30:00.000Z"))).toEqual({ min: "2026-11-25", max: "2026-12-24" });
    expect(deadlineProblem("2026-11-24", monday)).toBeNull();
    expect(deadlineProblem("2026-12-23", monday)).toBeNull();
    expect(deadlineProblem("2026-11-23", monday)).toBe("Kies een datum na vandaag.");
    expect(deadlineProblem("2026-12-24", monday)).toBe("Kies een datum binnen 30 dagen.");
    expect(deadlineProblem("2026-02-30", monday)).toMatch(/geldige datum/);
  });

  it("ends at the end of the Amsterdam day, also across daylight saving time", () => {
    expect(endOfAmsterdamDay("2026-11-30")).toEqual(new Date("2026-11-30T22:59:59.999Z"));
    expect(endOfAmsterdamDay("2026-07-01")).toEqual(new Date("2026-07-01T21:59:59.999Z"));
    expect(startOfAmsterdamDay("2026-11-30")).toEqual(new Date("2026-11-29T23:00:00.000Z"));
  });

  it("shows the receiving team a first name and initial only", () => {
    expect(shortName("Sanne", "de Boer")).toBe("Sanne B.");
    expect(shortName("Sanne", "Bakker")).toBe("Sanne B.");
    expect(shortName("Sanne", "")).toBe("Sanne");
  });
});
