import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps same-origin relative paths with query and hash", () => {
    expect(safeReturnPath("/werkgever")).toBe("/werkgever");
    expect(safeReturnPath("/werkgever/vacatures?pagina=2#lijst")).toBe("/werkgever/vacatures?pagina=2#lijst");
    expect(safeReturnPath("/zoeken%0a")).toBe("/zoeken%0a"); // an encoded character stays encoded: harmless
  });

  it.each([
    "https://evil.example/",
    "//evil.example/pad",
    "/\\evil.example",
    "\\\\evil.example",
    "/\tevil",
    "javascript:alert(1)",
    "werkgever",
    "",
    "/inloggen",
    "/inloggen?terug=/x",
    "/api/auth/signout",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it("refuses non-strings and very long values", () => {
    expect(safeReturnPath(["/werkgever"])).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(`/${"a".repeat(600)}`)).toBeNull();
  });
});
