import { describe, expect, it } from "vitest";
import { normaliseForExport } from "./normalise-for-export";

describe("normaliseForExport", () => {
  it("sorts keys, writes ISO dates and numbers for big integers, drops bytes", () => {
    const out = normaliseForExport({ b: new Date("2026-01-15T00:00:00Z"), a: [{ z: 1n, y: undefined }], c: new Uint8Array([1]) });
    expect(JSON.stringify(out)).toBe('{"a":[{"y":null,"z":1}],"b":"2026-01-15T00:00:00.000Z","c":null}');
  });

  it("keeps very large integers exact as strings", () => {
    expect(normaliseForExport(9007199254740993n)).toBe("9007199254740993");
  });
});
