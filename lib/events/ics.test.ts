import { describe, expect, it } from "vitest";
import { escapeIcsText, eventIcs, foldIcsLine, icsUtc } from "./ics";

const event = {
  id: "evt1",
  title: "Themasessie Digitalisering & AI; deel 1, met \\ backslash",
  description: "Regel één\nRegel twee",
  location: "Mediapark, Hilversum",
  startsAt: new Date("2026-11-24T12:00:00Z"),
  endsAt: new Date("2026-11-24T14:30:00Z"),
};

describe("eventIcs", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("writes UTC times with Z", () => {
    expect(icsUtc(new Date("2026-03-29T01:05:09.123Z"))).toBe("20260329T010509Z");
    const ics = eventIcs(event, { now: new Date("2026-11-01T08:00:00Z") });
    expect(ics).toContain("\r\nDTSTART:20261124T120000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20261124T143000Z\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20261101T080000Z\r\n");
    expect(ics).toContain("\r\nUID:evt1@werkcentrum.nl\r\n");
  });

  it("uses CRLF line endings only and wraps one VEVENT in a VCALENDAR", () => {
    const ics = eventIcs(event);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics).toContain("SUMMARY:Themasessie Digitalisering & AI\\; deel 1\\, met \\\\ backslash");
    expect(ics).toContain("LOCATION:Mediapark\\, Hilversum");
    expect(ics).toContain("DESCRIPTION:Regel één\\nRegel twee");
  });

  it("folds lines longer than 75 octets, counting UTF-8 bytes and never splitting a character", () => {
    const long = `DESCRIPTION:${"é".repeat(100)}`;
    const folded = foldIcsLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(" ")).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(long);
    expect(foldIcsLine("SUMMARY:kort")).toBe("SUMMARY:kort");
  });

  it("folds long descriptions inside the calendar", () => {
    const ics = eventIcs({ ...event, description: "x".repeat(300) });
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
