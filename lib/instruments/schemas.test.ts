import { describe, expect, it } from "vitest";
import { hasActiveFilters, instrumentCodeSchema, parseInstrumentSearch } from "./schemas";

describe("parseInstrumentSearch", () => {
  it("reads a full search", () => {
    expect(parseInstrumentSearch({ q: " loonkosten ", kind: "werkgeversinstrument", provider: "UWV", audience: "werkgevers" })).toEqual({
      q: "loonkosten",
      kind: "werkgeversinstrument",
      provider: "UWV",
      audience: "werkgevers",
    });
  });

  it("treats empty values as no filter", () => {
    expect(parseInstrumentSearch({ q: "   ", kind: "", provider: "", audience: "" })).toEqual({
      q: undefined,
      kind: undefined,
      provider: undefined,
      audience: undefined,
    });
    expect(parseInstrumentSearch({})).toEqual({ q: undefined, kind: undefined, provider: undefined, audience: undefined });
  });

  it("takes the first value when a parameter is repeated", () => {
    expect(parseInstrumentSearch({ q: ["jobcoach", "lks"], provider: ["GEMEENTE", "UWV"] })).toMatchObject({
      q: "jobcoach",
      provider: "GEMEENTE",
    });
  });

  it("drops invalid values instead of failing", () => {
    const search = parseInstrumentSearch({ kind: "'; drop table", provider: "U W V", audience: "iedereen-en-nog-wat" });
    expect(search).toEqual({ q: undefined, kind: undefined, provider: undefined, audience: undefined });
  });

  it("cuts very long search text", () => {
    expect(parseInstrumentSearch({ q: "a".repeat(500) }).q).toHaveLength(100);
  });
});

describe("hasActiveFilters", () => {
  it("is false for an empty search and true for any criterion", () => {
    expect(hasActiveFilters(parseInstrumentSearch({}))).toBe(false);
    expect(hasActiveFilters(parseInstrumentSearch({ audience: "jongeren" }))).toBe(true);
  });
});

describe("instrumentCodeSchema", () => {
  it("accepts codes as in the data and refuses anything else", () => {
    expect(instrumentCodeSchema.safeParse("LKS").success).toBe(true);
    expect(instrumentCodeSchema.safeParse("NO_RISK").success).toBe(true);
    expect(instrumentCodeSchema.safeParse("lks").success).toBe(false);
    expect(instrumentCodeSchema.safeParse("../etc").success).toBe(false);
    expect(instrumentCodeSchema.safeParse("").success).toBe(false);
  });
});
