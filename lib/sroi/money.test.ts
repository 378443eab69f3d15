import { describe, expect, it } from "vitest";
import { centsToEuroInput, formatEuros, parseEuros } from "./money";

describe("parseEuros", () => {
  it("reads Dutch and plain notations into cents", () => {
    expect(parseEuros("12.500,50")).toEqual({ ok: true, cents: 1_250_050n });
    expect(parseEuros("€ 12.500")).toEqual({ ok: true, cents: 1_250_000n });
    expect(parseEuros("12500,5")).toEqual({ ok: true, cents: 1_250_050n });
    expect(parseEuros("12500.50")).toEqual({ ok: true, cents: 1_250_050n });
    expect(parseEuros("3.400.000")).toEqual({ ok: true, cents: 340_000_000n });
    expect(parseEuros("0,01")).toEqual({ ok: true, cents: 1n });
  });

  it("refuses more than two decimals, zero, negatives, text and huge amounts", () => {
    expect(parseEuros("12,505")).toEqual({ ok: false, reason: "decimals" });
    expect(parseEuros("1.250,505")).toEqual({ ok: false, reason: "decimals" });
    expect(parseEuros("0")).toEqual({ ok: false, reason: "notPositive" });
    expect(parseEuros("0,00")).toEqual({ ok: false, reason: "notPositive" });
    expect(parseEuros("-5")).toEqual({ ok: false, reason: "notPositive" });
    expect(parseEuros("veel")).toEqual({ ok: false, reason: "format" });
    expect(parseEuros("12,50,1")).toEqual({ ok: false, reason: "format" });
    expect(parseEuros("1.25.000")).toEqual({ ok: false, reason: "format" });
    expect(parseEuros("2000000000")).toEqual({ ok: false, reason: "tooLarge" });
  });
});

describe("formatting", () => {
  it("writes euros the Dutch way and back into the form notation", () => {
    expect(formatEuros(1_250_050n).replace(/\u00a0/g, " ")).toBe("€ 12.500,50");
    expect(centsToEuroInput(1_250_050n)).toBe("12500,50");
    expect(centsToEuroInput(5n)).toBe("0,05");
  });
});
