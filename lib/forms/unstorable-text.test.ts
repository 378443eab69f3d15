import { describe, expect, it } from "vitest";
import { containsUnstorableText, fieldsWithUnstorableText } from "./unstorable-text";

describe("containsUnstorableText", () => {
  it("finds NUL bytes and lone surrogates anywhere in the input", () => {
    expect(containsUnstorableText("a\u0000b")).toBe(true);
    expect(containsUnstorableText("\ud800")).toBe(true);
    expect(containsUnstorableText("x\udc00")).toBe(true);
    expect(containsUnstorableText({ a: [{ b: "ok" }, { c: "\u0000" }] })).toBe(true);
    expect(containsUnstorableText({ "key\u0000": "ok" })).toBe(true);
    const form = new FormData();
    form.append("naam", "a\u0000"); // (FormData itself turns a lone surrogate into U+FFFD)
    expect(containsUnstorableText(form)).toBe(true);
  });

  it("lets ordinary text through: emoji (surrogate pairs), accents, right-to-left, tabs and line breaks", () => {
    expect(containsUnstorableText({ text: "👩🏽‍💻 Zoë\r\n\tשלום", n: 3, ok: true, none: null, list: ["🇳🇱"] })).toBe(false);
    expect(containsUnstorableText(new FormData())).toBe(false);
    expect(containsUnstorableText(undefined)).toBe(false);
  });

  it("treats absurdly deep nesting as unstorable instead of walking it", () => {
    let deep: unknown = "ok";
    for (let i = 0; i < 50; i += 1) deep = { deep };
    expect(containsUnstorableText(deep)).toBe(true);
  });
});

describe("fieldsWithUnstorableText", () => {
  it("names the fields that hold such a character, so the message stands next to them", () => {
    expect(fieldsWithUnstorableText({ text: "a\u0000", title: "ok", tags: ["\ud800"] })).toEqual(["text", "tags"]);
    const form = new FormData();
    form.append("note", "x\u0000");
    expect(fieldsWithUnstorableText(form)).toEqual(["note"]);
    expect(fieldsWithUnstorableText({ text: "gewoon" })).toBeNull();
  });

  it("answers for the whole form when the input is no object or the name is no field name of ours", () => {
    expect(fieldsWithUnstorableText("a\u0000")).toEqual([]);
    expect(fieldsWithUnstorableText({ "naam\u0000": "ok" })).toEqual([]);
    expect(fieldsWithUnstorableText({ constructor: "\ud800", text: "ok" })).toEqual([]);
    expect(fieldsWithUnstorableText({ "bad name": "\u0000" })).toEqual([]);
  });
});
