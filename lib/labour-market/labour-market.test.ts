import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, sharePercent } from "./format-figures";
import { ageGroupLabel, toJobseekerRows } from "./jobseeker-rows";
import { labourMarket, occupationClasses } from "./labour-market-data";
import { toOccupationClassRows } from "./occupation-class-rows";

describe("labour-market data", () => {
  it("parses the published figures and the twelve occupation classes", () => {
    expect(labourMarket.headline.openVacanciesQ2_2025).toBe(4950);
    expect(occupationClasses).toHaveLength(12);
  });

  it("adds up: vacancies per class (rounded to 50 by UWV) are within rounding of the headline total", () => {
    const total = labourMarket.openVacanciesQ2_2025.reduce((sum, row) => sum + row.region, 0);
    // 5,000 summed per class vs 4,950 published: the page explains the difference.
    expect(Math.abs(total - labourMarket.headline.openVacanciesQ2_2025)).toBeLessThanOrEqual(25 * labourMarket.openVacanciesQ2_2025.length);
  });
});

describe("toOccupationClassRows", () => {
  const rows = toOccupationClassRows(labourMarket, occupationClasses);

  it("joins vacancies and WW per class with full and short names", () => {
    expect(rows).toHaveLength(12);
    expect(rows.find((row) => row.code === "ZOR")).toEqual({
      code: "ZOR",
      name: "Zorg en welzijn beroepen",
      shortName: "Zorg en welzijn",
      vacanciesRegion: 900,
      vacanciesNl: 55050,
      wwBenefits: 202,
      vacanciesPerWwBenefit: 4.5,
    });
  });

  it("has no ratio for a class without WW benefits, and 0 for a class missing from a table", () => {
    expect(rows.find((row) => row.code === "AGR")?.vacanciesPerWwBenefit).toBeNull();
    const [row] = toOccupationClassRows({ openVacanciesQ2_2025: [], wwBenefitsByClassSept2025: [] }, [{ code: "XYZ", name: "Nieuw" }]);
    expect(row).toMatchObject({ vacanciesRegion: 0, wwBenefits: 0, shortName: "Nieuw", vacanciesPerWwBenefit: null });
  });
});

describe("toJobseekerRows", () => {
  it("computes shares of the given totals", () => {
    const rows = toJobseekerRows([{ label: "A", region: 25, nl: 10 }], { region: 100, nl: 40 });
    expect(rows[0]).toMatchObject({ regionPct: 25, nlPct: 25 });
  });

  it("computes totals itself when none are given, and the shares add up to about 100", () => {
    const rows = toJobseekerRows(labourMarket.registeredJobseekersByAgeSept2025.map((row) => ({ label: row.age, region: row.region, nl: row.nl })));
    const sum = rows.reduce((total, row) => total + row.regionPct, 0);
    expect(sum).toBeGreaterThan(99.8);
    expect(sum).toBeLessThan(100.2);
  });

  it("labels age groups in words", () => {
    expect(ageGroupLabel("<27")).toBe("Jonger dan 27 jaar");
    expect(ageGroupLabel(">=50")).toBe("50 jaar en ouder");
  });
});

describe("Dutch number formatting", () => {
  it("uses a dot for thousands and a comma for decimals", () => {
    expect(formatNumber(248000)).toBe("248.000");
    expect(formatPercent(40.5)).toBe("40,5%");
    expect(formatPercent(74)).toBe("74%");
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(1, 0)).toBeNull();
  });
});
