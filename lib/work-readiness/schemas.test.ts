import { describe, expect, it } from "vitest";
import workReadiness from "@/prisma/seed-data/work-readiness.json" with { type: "json" };
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { flattenToDottedFields, issuesToTree } from "./field-errors";
import { assessmentSchema, SCORE_SCALE, scoreFieldName } from "./schemas";

const scales = { employeeSkills: ["Werkmotivatie", "Zelfstandigheid"], lifeDomains: ["Huisvesting"] };
const valid = (overrides: Record<string, unknown> = {}) => ({
  candidateId: "cand1",
  submissionKey: "6f1c1f5e-3a5b-4c8e-9a51-2f7f5d2b9c11",
  assessedOn: todayIso(),
  employeeSkillScores: { Werkmotivatie: 3, Zelfstandigheid: 4 },
  lifeDomainScores: { Huisvesting: 2 },
  notes: "",
  override: "",
  overrideReason: "",
  ...overrides,
});

function fieldErrors(input: unknown): Record<string, string[]> {
  const result = assessmentSchema(scales).safeParse(input);
  if (result.success) return {};
  return flattenToDottedFields(issuesToTree(result.error.issues)).fieldErrors;
}

describe("assessmentSchema", () => {
  it("keeps the scale of work-readiness.json", () => {
    expect(SCORE_SCALE).toEqual(workReadiness.scale);
  });

  it("accepts a complete assessment without override", () => {
    const parsed = assessmentSchema(scales).parse(valid({ notes: "  Gemotiveerd  ", overrideReason: "losse tekst" }));
    expect(parsed).toMatchObject({ notes: "Gemotiveerd", overrideWorkReady: null, overrideReason: null });
  });

  it("names every missing score at its own field, in Dutch", () => {
    const errors = fieldErrors(valid({ employeeSkillScores: { Werkmotivatie: 3 }, lifeDomainScores: {} }));
    expect(errors[scoreFieldName("employeeSkillScores", "Zelfstandigheid")]).toEqual(["Kies een score voor Zelfstandigheid."]);
    expect(errors[scoreFieldName("lifeDomainScores", "Huisvesting")]).toEqual(["Kies een score voor Huisvesting."]);
    expect(errors[scoreFieldName("employeeSkillScores", "Werkmotivatie")]).toBeUndefined();
  });

  it("refuses scores outside 1–4, fractions and unknown names", () => {
    for (const bad of [0, 5, 2.5, -1]) {
      expect(fieldErrors(valid({ employeeSkillScores: { Werkmotivatie: bad, Zelfstandigheid: 3 } }))["employeeSkillScores.Werkmotivatie"]).toEqual([
        "Kies een score van 1 tot en met 4.",
      ]);
    }
    expect(fieldErrors(valid({ lifeDomainScores: { Huisvesting: 3, Verslaving: 3 } })).lifeDomainScores?.[0]).toContain("hoort niet bij de werkfit-regel");
    expect(fieldErrors(valid({ lifeDomainScores: undefined })).lifeDomainScores).toEqual(["Geef elk leefgebied een score."]);
  });

  it("refuses a date in the future and an empty date", () => {
    expect(fieldErrors(valid({ assessedOn: addDaysIso(todayIso(), 1) })).assessedOn).toEqual(["De datum van de beoordeling mag niet in de toekomst liggen."]);
    expect(fieldErrors(valid({ assessedOn: "" })).assessedOn?.[0]).toBe("Vul de datum van de beoordeling in.");
  });

  it("needs a written reason of at least 10 characters for an override", () => {
    expect(fieldErrors(valid({ override: "ja", overrideReason: "" })).overrideReason?.[0]).toContain("minimaal 10 tekens");
    expect(fieldErrors(valid({ override: "nee", overrideReason: "te kort" })).overrideReason?.[0]).toContain("minimaal 10 tekens");
    const parsed = assessmentSchema(scales).parse(valid({ override: "nee", overrideReason: "Schulden net in beeld, eerst stabiliseren." }));
    expect(parsed).toMatchObject({ overrideWorkReady: false, overrideReason: "Schulden net in beeld, eerst stabiliseren." });
    expect(fieldErrors(valid({ override: "misschien" })).override).toBeDefined();
  });

  it("refuses HTML in the notes and the reason", () => {
    expect(fieldErrors(valid({ notes: "<script>alert(1)</script>" })).notes).toBeDefined();
    expect(fieldErrors(valid({ override: "ja", overrideReason: "<b>Goed bezig met werk</b>" })).overrideReason).toBeDefined();
  });

  it("without the rule's scales checks only the shape (the action's first check)", () => {
    expect(assessmentSchema().safeParse(valid({ employeeSkillScores: { Iets: 2 } })).success).toBe(true);
    expect(assessmentSchema().safeParse(valid({ employeeSkillScores: { Iets: 7 } })).success).toBe(false);
  });
});
