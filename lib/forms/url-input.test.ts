import { describe, expect, it } from "vitest";
import { freeText } from "./free-text";
import { recordIdSchema } from "./record-id";
import { pageParam, searchId, searchText } from "./search-params";
import { CONTROL_CHARACTER_MESSAGE, cleanUrlText, hasControlCharacters } from "./url-input";

// Issue 15, finding 10: PostgreSQL refuses a NUL byte, so a NUL in a search or an id was a 500.
describe("the one rule for text from a URL or a form", () => {
  it("strips control characters (NUL, escape, DEL, C1), turns tabs and line breaks into spaces, trims and caps", () => {
    expect(cleanUrlText("a\u0000", 100)).toBe("a");
    expect(cleanUrlText(" zorg\u0000\u001b[31m\u007f\u0085 ", 100)).toBe("zorg[31m");
    expect(cleanUrlText("tuin\tonderhoud\r\nhulp", 100)).toBe("tuin onderhoud  hulp");
    expect(cleanUrlText("x".repeat(10_000), 100)).toHaveLength(100);
    expect(cleanUrlText("\ud800lone", 100)).toBe("\ufffdlone");
    expect(hasControlCharacters("a\u0000")).toBe(true);
    expect(hasControlCharacters("café – 'quoted' <b>")).toBe(false);
  });

  it("search text drops the NUL and keeps the search; an array takes its first value", () => {
    expect(searchText().parse("a\u0000")).toBe("a");
    expect(searchText().parse(["\u0000zorg", "x"])).toBe("zorg");
    expect(searchText().parse("\u0000\u0001")).toBeUndefined();
    expect(searchText(100).parse("y".repeat(10_000))).toHaveLength(100);
  });

  it("an id or page number with control characters is no value", () => {
    expect(searchId.parse("abc\u0000")).toBeUndefined();
    expect(pageParam.parse("2\u0000")).toBe(1);
    expect(recordIdSchema.safeParse("cm123\u0000").success).toBe(false);
    expect(recordIdSchema.safeParse("cm123\u0000").error?.issues[0]?.message).toBe("Deze gegevens zijn niet gevonden.");
    expect(recordIdSchema.parse(" cm123 ")).toBe("cm123");
  });

  it("free text in a form refuses control characters with a Dutch message, but keeps line breaks and tabs", () => {
    const rule = freeText({ max: 500 });
    expect(rule.safeParse("hallo\u0000").error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
    expect(rule.safeParse("hallo\u001b").error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
    expect(rule.parse("regel 1\r\nregel 2\tmet tab")).toBe("regel 1\r\nregel 2\tmet tab");
  });
});
