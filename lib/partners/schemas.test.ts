import { describe, expect, it } from "vitest";
import { partnerKindLabel } from "./labels";
import { createPartnerSchema, createPartnerTeamSchema, renamePartnerTeamSchema, setPartnerActiveSchema, updatePartnerSchema } from "./schemas";

/** The first message per field, as the form shows it. */
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).toReversed().map((issue) => [issue.path.join("."), issue.message]));

describe("partner organisation input", () => {
  it("upper-cases and trims the code, turns an empty note into null", () => {
    expect(createPartnerSchema.parse({ code: " leerwerk_2 ", name: " Leerwerkloket ", kind: "education", note: "" })).toEqual({
      code: "LEERWERK_2",
      name: "Leerwerkloket",
      kind: "education",
      note: null,
    });
  });

  it("refuses bad codes, names and kinds with Dutch messages at the field", () => {
    const result = createPartnerSchema.safeParse({ code: "a b", name: "<script>", kind: "bank", note: "x".repeat(501) });
    expect(messages(result)).toEqual({
      code: expect.stringMatching(/^De code bestaat uit 2 tot 30 hoofdletters/),
      name: "Gebruik geen HTML-tekens zoals < en >.",
      kind: "Kies de soort organisatie.",
      note: "Gebruik maximaal 500 tekens.",
    });
    expect(messages(createPartnerSchema.safeParse({ code: "", name: "", kind: "" }))).toMatchObject({ code: "Vul een code in.", name: "Vul de naam van de organisatie in." });
    expect(createPartnerSchema.safeParse({ code: "A".repeat(31), name: "Naam", kind: "public" }).success).toBe(false);
  });

  it("edits by id without a code, and switches on a boolean only", () => {
    expect(updatePartnerSchema.parse({ id: "p1", name: "UWV", kind: "public", code: "NEGEER" })).toEqual({ id: "p1", name: "UWV", kind: "public", note: null });
    expect(setPartnerActiveSchema.safeParse({ id: "p1", active: "false" }).success).toBe(false);
    expect(setPartnerActiveSchema.safeParse({ id: "", active: false }).success).toBe(false);
  });

  it("names teams with 2 to 120 characters and no HTML", () => {
    expect(createPartnerTeamSchema.parse({ partnerOrganisationId: "p1", name: "  Team jongeren " })).toEqual({ partnerOrganisationId: "p1", name: "Team jongeren" });
    expect(messages(renamePartnerTeamSchema.safeParse({ teamId: "t1", name: "" }))).toEqual({ name: "Vul de naam van het team in." });
    expect(messages(renamePartnerTeamSchema.safeParse({ teamId: "t1", name: "x" }))).toEqual({ name: "Gebruik minimaal 2 tekens." });
    expect(renamePartnerTeamSchema.safeParse({ teamId: "t1", name: "x".repeat(121) }).success).toBe(false);
  });

  it("labels known kinds in Dutch and shows an unknown one as it is", () => {
    expect(partnerKindLabel("education")).toBe("Onderwijs");
    expect(partnerKindLabel("anders")).toBe("anders");
  });
});
