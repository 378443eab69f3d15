import { describe, expect, it } from "vitest";
import { createSkillSchema, renameSkillSchema, setSkillRetiredSchema, skillListFilterSchema } from "./schemas";
import { skillCodeFromLabel } from "./skill-code";

/** The first message per field, as the form shows it. */
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).toReversed().map((issue) => [issue.path.join("."), issue.message]));

describe("skill codes from labels", () => {
  it("makes a lower-case slug without accents or punctuation, at most 60 characters", () => {
    expect(skillCodeFromLabel("Heftruck rijden (certificaat)")).toBe("heftruck-rijden-certificaat");
    expect(skillCodeFromLabel("  Crèche-ervaring & coördinatie! ")).toBe("creche-ervaring-coordinatie");
    expect(skillCodeFromLabel("!!!")).toBe("");
    const long = skillCodeFromLabel("woord ".repeat(30));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("skill input", () => {
  it("accepts a skill with or without a code; an empty class is null", () => {
    expect(createSkillSchema.parse({ label: " Lassen ", kind: "vak", occupationClassCode: "TEC" })).toEqual({ code: "", label: "Lassen", kind: "vak", occupationClassCode: "TEC" });
    expect(createSkillSchema.parse({ label: "VCA", kind: "certificaat", code: " VCA-Basis ", occupationClassCode: "" })).toEqual({
      code: "vca-basis",
      label: "VCA",
      kind: "certificaat",
      occupationClassCode: null,
    });
  });

  it("refuses a bad code, label or kind, and a trade skill without an occupation class, in Dutch at the field", () => {
    expect(messages(createSkillSchema.safeParse({ label: "<b>", kind: "hobby", code: "met spatie" }))).toEqual({
      code: expect.stringMatching(/^De code bestaat uit 2 tot 60 kleine letters/),
      label: "Gebruik geen HTML-tekens zoals < en >.",
      kind: "Kies de soort vaardigheid.",
    });
    expect(messages(createSkillSchema.safeParse({ label: "Metselen", kind: "vak" }))).toEqual({ occupationClassCode: "Kies de beroepsklasse van deze vakvaardigheid." });
    expect(messages(createSkillSchema.safeParse({ label: "", kind: "basis" }))).toEqual({ label: "Vul de naam van de vaardigheid in." });
    expect(createSkillSchema.safeParse({ label: "x".repeat(101), kind: "basis" }).success).toBe(false);
  });

  it("renames by code and retires with a boolean", () => {
    expect(renameSkillSchema.parse({ code: "lassen", label: " Lassen (MIG/MAG) " })).toEqual({ code: "lassen", label: "Lassen (MIG/MAG)" });
    expect(messages(renameSkillSchema.safeParse({ code: "", label: "x" }))).toMatchObject({ code: "Deze vaardigheid is niet gevonden." });
    expect(setSkillRetiredSchema.safeParse({ code: "lassen", retired: "ja" }).success).toBe(false);
  });
});

describe("the list's query string", () => {
  it("reads search, kind, status and page", () => {
    expect(skillListFilterSchema.parse({ q: " las ", soort: "vak", status: "vervallen", pagina: "3" })).toEqual({ q: "las", soort: "vak", status: "vervallen", pagina: 3 });
  });

  it("drops anything odd instead of failing", () => {
    expect(skillListFilterSchema.parse({})).toEqual({ q: undefined, soort: undefined, status: "actief", pagina: 1 });
    expect(skillListFilterSchema.parse({ q: ["a", "b"], soort: "<x>", status: "weg", pagina: "-4" })).toEqual({ q: "a", soort: undefined, status: "actief", pagina: 1 });
    expect(skillListFilterSchema.parse({ q: "x".repeat(500), pagina: "99999999" })).toMatchObject({ pagina: 1 });
    expect(skillListFilterSchema.parse({ q: "x".repeat(500) }).q).toHaveLength(80);
  });
});
