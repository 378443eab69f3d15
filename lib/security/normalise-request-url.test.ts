import { describe, expect, it } from "vitest";
import { normaliseRequestUrl } from "./normalise-request-url";

const judge = (path: string, method = "GET") => normaliseRequestUrl(method, new URL(path, "http://localhost:3000"));

// Issue 15, finding 10: every query string and path passes this in proxy.ts before a page or route sees it.
describe("normaliseRequestUrl", () => {
  it("lets a clean address through unchanged", () => {
    expect(judge("/vacatures?q=zorg&page=2")).toEqual({ action: "next" });
    expect(judge("/vacatures?q=caf%C3%A9+%3Cb%3E")).toEqual({ action: "next" });
    expect(judge("/vacatures/cm123abc")).toEqual({ action: "next" });
    expect(judge("/")).toEqual({ action: "next" });
  });

  it("sends a GET with control characters in the query to the same page without them", () => {
    expect(judge("/vacatures?q=a%00")).toEqual({ action: "redirect", location: "/vacatures?q=a" });
    expect(judge("/leeraanbod?q=%1B%5B31m&soort=x")).toEqual({ action: "redirect", location: "/leeraanbod?q=%5B31m&soort=x" });
    expect(judge("/instrumenten?q%00=a")).toEqual({ action: "redirect", location: "/instrumenten?q=a" });
  });

  it("caps a very long value", () => {
    const result = judge(`/vacatures?q=${"x".repeat(10_000)}`);
    expect(result.action).toBe("redirect");
    if (result.action === "redirect") expect(new URL(result.location, "http://h").searchParams.get("q")).toHaveLength(1000);
  });

  it("treats a path with a control character as an address that does not exist", () => {
    expect(judge("/vacatures/a%00")).toEqual({ action: "notFound" });
    expect(judge("/beheer/gebruikers/%0Aabc")).toEqual({ action: "notFound" });
    expect(judge("/api/kandidaten/%00/cv")).toEqual({ action: "notFound" });
  });

  it("refuses a POST to an address with control characters instead of redirecting it", () => {
    expect(judge("/vacatures?q=a%00", "POST")).toEqual({ action: "badRequest" });
  });

  it("leaves an undecodable path to Next (which answers 400)", () => {
    expect(judge("/vacatures/%E0%A4%A")).toEqual({ action: "next" });
  });
});
