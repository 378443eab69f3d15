import { describe, expect, it } from "vitest";
import { escapeLike } from "./escape-like";

describe("escapeLike", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(escapeLike("100%")).toBe("100\\%");
    expect(escapeLike("no_risk")).toBe("no\\_risk");
    expect(escapeLike("a\\b")).toBe("a\\\\b");
    expect(escapeLike("loonkosten")).toBe("loonkosten");
  });
});
