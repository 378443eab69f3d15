import { describe, expect, it } from "vitest";
import { bookAppointmentSchema, END_BEFORE_START_MESSAGE, publishSlotSchema, slotTimes } from "./schemas";

const inDays = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
const valid = { date: inDays(5), startTime: "09:30", endTime: "10:00", location: "Videobellen" };

function errorAt(input: unknown, field: string) {
  const result = publishSlotSchema.safeParse(input);
  return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("publishSlotSchema", () => {
  it("accepts a future slot and converts Amsterdam time", () => {
    expect(publishSlotSchema.safeParse(valid).success).toBe(true);
    const { startsAt, endsAt } = slotTimes(valid);
    expect(endsAt.getTime() - startsAt.getTime()).toBe(30 * 60_000);
  });

  it("gives Dutch messages at the field", () => {
    expect(errorAt({ ...valid, endTime: "09:00" }, "endTime")).toBe(END_BEFORE_START_MESSAGE);
    expect(errorAt({ ...valid, endTime: "09:30" }, "endTime")).toBe(END_BEFORE_START_MESSAGE);
    expect(errorAt({ ...valid, date: inDays(-1) }, "date")).toMatch(/toekomst/);
    expect(errorAt({ ...valid, date: "2026-02-30" }, "date")).toBe("Deze datum bestaat niet.");
    expect(errorAt({ ...valid, date: inDays(400) }, "date")).toMatch(/een jaar/);
    expect(errorAt({ ...valid, startTime: "9.30" }, "startTime")).toMatch(/begintijd/);
    expect(errorAt({ ...valid, location: "" }, "location")).toMatch(/locatie/);
    expect(errorAt({ ...valid, location: "<b>kantoor</b>" }, "location")).toMatch(/HTML/);
    expect(errorAt({ ...valid, location: "x".repeat(201) }, "location")).toMatch(/maximaal 200/);
    expect(errorAt({ ...valid, startTime: "08:00", endTime: "17:00" }, "endTime")).toMatch(/8 uur/);
  });
});

describe("bookAppointmentSchema", () => {
  it("needs a slot and a plain subject", () => {
    expect(bookAppointmentSchema.safeParse({ slotId: "", subject: "Kennismaking" }).error?.issues[0]?.message).toBe("Kies een tijdstip uit de lijst.");
    expect(bookAppointmentSchema.safeParse({ slotId: "s1", subject: "x".repeat(501) }).success).toBe(false);
    expect(bookAppointmentSchema.safeParse({ slotId: "s1", subject: "<script>" }).error?.issues[0]?.message).toMatch(/HTML/);
  });
});
