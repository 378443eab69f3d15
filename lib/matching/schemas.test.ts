import { describe, expect, it } from "vitest";
import { dayOfIso } from "./days";
import { DATE_MESSAGE, WORK_AREA_MESSAGE, parseCandidateFilters, parseVacancyFilters } from "./schemas";

const areas = ["wa-hilversum", "wa-hbel"];

describe("matching filters from the URL", () => {
  it("reads no filters from an empty form", () => {
    expect(parseCandidateFilters({}, areas).filters).toEqual({ workReadyOnly: false, availableByDay: null, workAreaId: null });
    expect(parseCandidateFilters({ werkfit: "", beschikbaar: "", werkgebied: "" }, areas).filters).toEqual({ workReadyOnly: false, availableByDay: null, workAreaId: null });
  });

  it("reads every filter", () => {
    expect(parseCandidateFilters({ werkfit: "ja", beschikbaar: "2026-12-01", werkgebied: ["wa-hbel", "x"] }, areas).filters).toEqual({
      workReadyOnly: true,
      availableByDay: dayOfIso("2026-12-01"),
      workAreaId: "wa-hbel",
    });
    expect(parseVacancyFilters({ werkgebied: "wa-hilversum" }, areas).filters).toEqual({ workAreaId: "wa-hilversum" });
  });

  it("refuses a date that does not exist and an unknown work area, with Dutch messages", () => {
    const parsed = parseCandidateFilters({ beschikbaar: "2026-02-30", werkgebied: "<script>" }, areas);
    expect(parsed.filters).toBeNull();
    expect(parsed.errors).toEqual({ beschikbaar: DATE_MESSAGE, werkgebied: WORK_AREA_MESSAGE });
    expect(parsed.values.werkgebied).toBe("<script>");
    expect(parseCandidateFilters({ werkgebied: "wa-elders" }, areas).errors).toEqual({ werkgebied: WORK_AREA_MESSAGE });
    expect(parseVacancyFilters({ werkgebied: "wa-elders" }, areas).filters).toBeNull();
    expect(parseCandidateFilters({ werkfit: "misschien" }, areas).errors.werkfit).toBeDefined();
  });
});
