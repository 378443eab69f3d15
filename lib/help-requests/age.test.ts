import { describe, expect, it } from "vitest";
import { amsterdamDateTime } from "@/lib/time/amsterdam-time";
import { ageGroupOf, ageOn } from "./age";
import { parseBirthDate } from "./birth-date";

const at = (date: string, time = "12:00") => amsterdamDateTime(date, time)!;

describe("ageOn", () => {
  it("counts completed years on the Amsterdam date", () => {
    expect(ageOn("2000-05-14", at("2027-05-13"))).toBe(26);
    expect(ageOn("2000-05-14", at("2027-05-14"))).toBe(27);
    expect(ageOn(new Date(Date.UTC(2000, 4, 14)), at("2027-05-14"))).toBe(27);
    // 00:30 in Amsterdam on the birthday is still 22:30 UTC the day before.
    expect(ageOn("2000-05-14", at("2027-05-14", "00:30"))).toBe(27);
  });

  it("handles 29 February", () => {
    expect(ageOn("2004-02-29", at("2031-02-28"))).toBe(26);
    expect(ageOn("2004-02-29", at("2031-03-01"))).toBe(27);
  });

  it("groups ages without revealing the birth date", () => {
    expect([ageGroupOf(null), ageGroupOf(15), ageGroupOf(26), ageGroupOf(27), ageGroupOf(49), ageGroupOf(50)]).toEqual([
      "UNKNOWN",
      "UNDER_27",
      "UNDER_27",
      "FROM_27_TO_49",
      "FROM_27_TO_49",
      "FROM_50",
    ]);
  });
});

describe("parseBirthDate", () => {
  const now = at("2026-11-20");

  it("accepts the ways people type a date", () => {
    for (const value of ["14-05-1990", "14/5/1990", "14.05.1990", " 1990-05-14 "]) {
      expect(parseBirthDate(value, now)).toEqual({ ok: true, date: "1990-05-14" });
    }
  });

  it("refuses dates that do not exist, are in the future or give an impossible age, in Dutch", () => {
    expect(parseBirthDate("31-02-1990", now)).toMatchObject({ ok: false, message: expect.stringContaining("bestaat niet") });
    expect(parseBirthDate("mei 1990", now)).toMatchObject({ ok: false, message: expect.stringContaining("dag-maand-jaar") });
    expect(parseBirthDate("01-01-2030", now)).toMatchObject({ ok: false, message: expect.stringContaining("toekomst") });
    expect(parseBirthDate("21-11-2011", now)).toMatchObject({ ok: false, message: "U kunt zich aanmelden vanaf 15 jaar." });
    expect(parseBirthDate("20-11-2011", now)).toEqual({ ok: true, date: "2011-11-20" });
    expect(parseBirthDate("01-01-1900", now)).toMatchObject({ ok: false, message: expect.stringContaining("Controleer") });
  });
});
