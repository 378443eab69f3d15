import { describe, expect, it } from "vitest";
import { parseReportPeriod, reportPeriodChoices } from "./report-period";

describe("parseReportPeriod", () => {
  it("accepts a month or a quarter and nothing else", () => {
    expect(parseReportPeriod("2026-10")?.label).toBe("oktober 2026");
    expect(parseReportPeriod("2026-Q3")?.label).toBe("3e kwartaal 2026");
    for (const key of ["2026", "2026-13", "2026-Q5", "oktober", "", undefined]) expect(parseReportPeriod(key)).toBeUndefined();
  });

  it("offers the months and quarters up to now, newest first", () => {
    const { months, quarters } = reportPeriodChoices(new Date("2026-12-01T10:00:00Z"));
    expect(months[0]!.key).toBe("2026-12");
    expect(quarters[0]!.key).toBe("2026-Q4");
    expect([...months, ...quarters].every((p) => p.kind !== "year")).toBe(true);
  });
});
