import { describe, expect, it } from "vitest";
import { createLearningOfferSchema, parseLearningOfferSearch, parseStartDate } from "./schemas";

describe("learning offer input", () => {
  it("reads Dutch and ISO start dates and refuses dates that do not exist", () => {
    expect(parseStartDate("1-9-2026")).toBe("2026-09-01");
    expect(parseStartDate("01-09-2026")).toBe("2026-09-01");
    expect(parseStartDate("2026-09-01")).toBe("2026-09-01");
    expect(parseStartDate("31-2-2026")).toBeNull();
    expect(parseStartDate("morgen")).toBeNull();
  });

  it("turns the start-date text into sorted unique dates and an empty url into null", () => {
    const parsed = createLearningOfferSchema.parse({
      title: "Ontwikkelpad Zorg",
      kind: "DEVELOPMENT_PATH",
      provider: "Leerwerkloket",
      description: "Doorgroeien in de zorg.",
      startDates: "1-9-2026\n\n2026-02-01, 1-9-2026",
      url: "",
      active: true,
    });
    expect(parsed.startDates).toEqual(["2026-02-01", "2026-09-01"]);
    expect(parsed.url).toBeNull();
  });

  it("drops invalid search values instead of failing", () => {
    expect(parseLearningOfferSearch({ q: "  zorg ", soort: "BBL_PLACE" })).toEqual({ q: "zorg", soort: "BBL_PLACE" });
    expect(parseLearningOfferSearch({ q: "", soort: "CURSUS" })).toEqual({ q: undefined, soort: undefined });
  });
});
