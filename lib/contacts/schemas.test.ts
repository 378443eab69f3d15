import { describe, expect, it } from "vitest";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { logContactMomentSchema } from "./schemas";

const today = todayIso();
const valid = { organisationId: "org1", contactDate: today, channel: "PHONE", topic: "Vacature monteur", summary: "Gebeld over de vacature.", followUpPromise: "", followUpDueDate: "" };

function errorsOf(input: unknown) {
  const result = logContactMomentSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("logContactMomentSchema", () => {
  it("accepts a contact without a follow-up and stores empty values as null", () => {
    const parsed = logContactMomentSchema.parse(valid);
    expect(parsed.followUpPromise).toBeNull();
    expect(parsed.followUpDueDate).toBeNull();
    expect(logContactMomentSchema.parse(parsed)).toEqual(parsed);
  });

  it("refuses a contact date in the future or that does not exist", () => {
    expect(errorsOf({ ...valid, contactDate: addDaysIso(today, 1) }).contactDate).toMatch(/toekomst/);
    expect(errorsOf({ ...valid, contactDate: "2026-02-30" }).contactDate).toMatch(/bestaande datum/);
    expect(errorsOf({ ...valid, contactDate: "" }).contactDate).toMatch(/Vul de datum/);
  });

  it("needs the follow-up promise and its due date together", () => {
    expect(errorsOf({ ...valid, followUpPromise: "Offerte sturen" }).followUpDueDate).toMatch(/wanneer/);
    expect(errorsOf({ ...valid, followUpDueDate: addDaysIso(today, 7) }).followUpPromise).toMatch(/toegezegd|afgesproken/);
    expect(errorsOf({ ...valid, followUpPromise: "Offerte sturen", followUpDueDate: addDaysIso(today, 7) })).toEqual({});
    expect(errorsOf({ ...valid, followUpPromise: "Offerte sturen", followUpDueDate: addDaysIso(today, -1) }).followUpDueDate).toMatch(/niet vóór/);
  });

  it("refuses unknown channels, HTML and oversized text with Dutch messages", () => {
    expect(errorsOf({ ...valid, channel: "FAX" }).channel).toBe("Kies hoe het contact was.");
    expect(errorsOf({ ...valid, summary: "<img src=x onerror=alert(1)>" }).summary).toBe("Gebruik geen HTML-tekens zoals < en >.");
    expect(errorsOf({ ...valid, summary: "x".repeat(2001) }).summary).toMatch(/maximaal 2000 tekens/);
    expect(errorsOf({ ...valid, topic: " " }).topic).toMatch(/Vul het onderwerp in/);
  });
});
