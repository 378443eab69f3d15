import { describe, expect, it } from "vitest";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { NO_HTML_MESSAGE } from "@/lib/forms/free-text";
import {
  HOURS_MESSAGE,
  HOURS_ORDER_MESSAGE,
  LANGUAGE_LETTERS_MESSAGE,
  LEVEL_MESSAGE,
  SKILL_MESSAGE,
  TRAVEL_MESSAGE,
  candidateProfileSchema,
  languagesFromText,
} from "./schemas";

const valid = {
  candidateId: "cand1",
  skills: [
    { skillCode: "persoonlijke-verzorging", level: 3 },
    { skillCode: "samenwerken", level: 1 },
  ],
  occupationClassCodes: ["ZOR"],
  hoursPerWeekMin: 24,
  hoursPerWeekMax: 32,
  workAreaIds: ["wa1"],
  maxTravelMinutes: 45,
  availableFrom: addDaysIso(todayIso(), 14),
  educationLevel: "MBO2",
  languages: ["Nederlands", "Arabisch"],
  drivingLicence: false,
};

/** The first message at a top-level field (nested errors, e.g. one skill's level, count for the list). */
function fieldError(input: unknown, field: string): string | undefined {
  const result = candidateProfileSchema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("candidateProfileSchema", () => {
  it("accepts a complete profile and an almost empty one", () => {
    expect(candidateProfileSchema.parse(valid)).toMatchObject({ hoursPerWeekMin: 24, educationLevel: "MBO2" });
    const empty = { ...valid, skills: [], occupationClassCodes: [], workAreaIds: [], languages: [], hoursPerWeekMin: null, hoursPerWeekMax: null, maxTravelMinutes: null, availableFrom: "", educationLevel: null };
    expect(candidateProfileSchema.safeParse(empty).success).toBe(true);
  });

  it("refuses a malformed skill code and a skill chosen twice", () => {
    expect(fieldError({ ...valid, skills: [{ skillCode: "<script>", level: 2 }] }, "skills")).toBe(SKILL_MESSAGE);
    expect(fieldError({ ...valid, skills: [{ skillCode: "", level: 2 }] }, "skills")).toBe(SKILL_MESSAGE);
    expect(fieldError({ ...valid, skills: [{ skillCode: "lassen", level: 2 }, { skillCode: "lassen", level: 3 }] }, "skills")).toBe(
      "Elke vaardigheid mag maar één keer voorkomen.",
    );
  });

  it("refuses a skill level of 0, 5 or not a whole number", () => {
    for (const level of [0, 5, 2.5, Number.NaN]) {
      expect(fieldError({ ...valid, skills: [{ skillCode: "lassen", level }] }, "skills"), String(level)).toBe(LEVEL_MESSAGE);
    }
    for (const level of [1, 4]) expect(candidateProfileSchema.safeParse({ ...valid, skills: [{ skillCode: "lassen", level }] }).success).toBe(true);
  });

  it("refuses hours of 0 or 41, and a minimum above the maximum", () => {
    expect(fieldError({ ...valid, hoursPerWeekMin: 0 }, "hoursPerWeekMin")).toBe(HOURS_MESSAGE);
    expect(fieldError({ ...valid, hoursPerWeekMax: 41 }, "hoursPerWeekMax")).toBe(HOURS_MESSAGE);
    expect(fieldError({ ...valid, hoursPerWeekMin: Number.NaN }, "hoursPerWeekMin")).toBe(HOURS_MESSAGE);
    expect(fieldError({ ...valid, hoursPerWeekMin: 32, hoursPerWeekMax: 24 }, "hoursPerWeekMax")).toBe(HOURS_ORDER_MESSAGE);
    expect(candidateProfileSchema.safeParse({ ...valid, hoursPerWeekMin: 1, hoursPerWeekMax: 40 }).success).toBe(true);
    expect(candidateProfileSchema.safeParse({ ...valid, hoursPerWeekMin: 20, hoursPerWeekMax: 20 }).success).toBe(true);
  });

  it("refuses a negative or too long travel time", () => {
    expect(fieldError({ ...valid, maxTravelMinutes: -5 }, "maxTravelMinutes")).toBe(TRAVEL_MESSAGE);
    expect(fieldError({ ...valid, maxTravelMinutes: 241 }, "maxTravelMinutes")).toBe(TRAVEL_MESSAGE);
    expect(candidateProfileSchema.safeParse({ ...valid, maxTravelMinutes: 0 }).success).toBe(true);
    expect(candidateProfileSchema.safeParse({ ...valid, maxTravelMinutes: 240 }).success).toBe(true);
  });

  it("refuses script or markup in a language, with a Dutch message", () => {
    expect(fieldError({ ...valid, languages: ["<script>alert(1)</script>"] }, "languages")).toBe(NO_HTML_MESSAGE);
    expect(fieldError({ ...valid, languages: ["Nederlands<b>"] }, "languages")).toBe(NO_HTML_MESSAGE);
    expect(fieldError({ ...valid, languages: ["Engels; DROP TABLE"] }, "languages")).toBe(LANGUAGE_LETTERS_MESSAGE);
    expect(fieldError({ ...valid, languages: ["Engels", "engels"] }, "languages")).toBe("Elke taal mag maar één keer voorkomen.");
    expect(candidateProfileSchema.safeParse({ ...valid, languages: ["Berbers (Tamazight)", "Oekraïens", "Nederlandse Gebarentaal"] }).success).toBe(true);
  });

  it("refuses unknown education levels, bad dates and a non-boolean licence", () => {
    expect(fieldError({ ...valid, educationLevel: "PHD" }, "educationLevel")).toBe("Kies een opleidingsniveau uit de lijst.");
    expect(fieldError({ ...valid, availableFrom: "2027-02-30" }, "availableFrom")).toBe("Vul een geldige datum in, bijvoorbeeld 2027-03-01.");
    expect(fieldError({ ...valid, availableFrom: addDaysIso(todayIso(), 800) }, "availableFrom")).toBe("Kies een datum binnen 2 jaar.");
    expect(candidateProfileSchema.safeParse({ ...valid, availableFrom: "2025-01-01" }).success).toBe(true);
    expect(fieldError({ ...valid, drivingLicence: "ja" }, "drivingLicence")).toBe("Kies of er een rijbewijs is.");
  });

  it("refuses duplicate or malformed occupation classes and work areas", () => {
    expect(fieldError({ ...valid, occupationClassCodes: ["ZOR", "ZOR"] }, "occupationClassCodes")).toBe("Elke beroepsklasse mag maar één keer voorkomen.");
    expect(fieldError({ ...valid, workAreaIds: [""] }, "workAreaIds")).toBe("Kies een werkgebied uit de lijst.");
  });
});

describe("languagesFromText", () => {
  it("splits on commas, semicolons and new lines", () => {
    expect(languagesFromText(" Somalisch, Tigrinya;\nDari ,, ")).toEqual(["Somalisch", "Tigrinya", "Dari"]);
  });
});
