import { describe, expect, it } from "vitest";
import { focusAreasFromText, professionalProfileSchema } from "./schemas";

const messages = (input: unknown) => {
  const result = professionalProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("professionalProfileSchema", () => {
  it("accepts Dutch and international phone numbers, or none", () => {
    for (const phone of ["035 123 45 67", "+31 35 123 45 67", "06-12345678", "(035) 1234567", ""]) {
      expect(messages({ phone, focusAreas: [] })).toEqual([]);
    }
  });

  it("explains in Dutch what is wrong", () => {
    expect(messages({ phone: "bel me", focusAreas: [] })[0]).toMatch(/telefoonnummer/i);
    expect(messages({ phone: "0".repeat(21), focusAreas: [] })[0]).toMatch(/maximaal 20 tekens/);
    expect(messages({ phone: "", focusAreas: Array.from({ length: 11 }, (_, i) => `Gebied ${i}`) })[0]).toMatch(/maximaal 10/);
    expect(messages({ phone: "", focusAreas: ["x".repeat(61)] })[0]).toMatch(/maximaal 60 tekens/);
    expect(messages({ phone: "", focusAreas: ["Zorg", "zorg"] })[0]).toMatch(/één keer/);
    expect(messages({ phone: "", focusAreas: ["   "] })[0]).toMatch(/minimaal 2 tekens/);
  });

  it("keeps the text as typed apart from surrounding spaces", () => {
    expect(professionalProfileSchema.parse({ phone: " 035 123 45 67 ", focusAreas: [" Zorg & welzijn <b>"] })).toEqual({
      phone: "035 123 45 67",
      focusAreas: ["Zorg & welzijn <b>"],
    });
  });

  it("reads one focus area per line from the form", () => {
    expect(focusAreasFromText("Zorg\r\n\nTechniek\n")).toEqual(["Zorg", "Techniek"]);
  });
});
