import { describe, expect, it } from "vitest";
import { filtersToQuery, parseDashboardFilters } from "./filters";

const now = new Date("2026-12-01T10:00:00Z");

describe("parseDashboardFilters", () => {
  it("reads period and filters and derives the previous period", () => {
    const filters = parseDashboardFilters({ periode: "2026-Q3", gemeente: "GM0402", beroepsklasse: ["ZOR", "TEC"], partner: "UWV" }, now);
    expect(filters.period.key).toBe("2026-Q3");
    expect(filters.previous.key).toBe("2026-Q2");
    expect(filters).toMatchObject({ municipalityCode: "GM0402", occupationClassCode: "ZOR", partnerCode: "UWV", workAreaId: undefined });
    expect(filtersToQuery(filters)).toBe("periode=2026-Q3&gemeente=GM0402&beroepsklasse=ZOR&partner=UWV");
  });

  it("falls back to the current year and no filter on bad input", () => {
    const filters = parseDashboardFilters({ periode: "gisteren", gemeente: "'; drop table", werkgebied: "" }, now);
    expect(filters.period.key).toBe("2026");
    expect(filters.municipalityCode).toBeUndefined();
    expect(filters.workAreaId).toBeUndefined();
  });
});
