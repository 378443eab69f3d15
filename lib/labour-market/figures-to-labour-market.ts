import { figureKey, type FigureRow } from "./figure-spec";
import type { LabourMarket } from "./labour-market-data";

/** The page's figures: the published data without its source note. */
export type LabourMarketFigures = Omit<LabourMarket, "_source">;

/** The figures as rows, in the order the page shows them (seed and CSV template). */
export function labourMarketToFigures(data: LabourMarketFigures, classes: readonly { code: string }[]): FigureRow[] {
  const rows: FigureRow[] = [];
  const add = (section: string, category: string, measure: string, value: number) => rows.push({ section, category, measure, value });
  const { headline } = data;
  add("kerncijfers", "", "inwoners_2025", headline.inhabitants2025);
  add("kerncijfers", "", "inwoners_2040", headline.inhabitants2040);
  add("kerncijfers", "", "groene_druk_pct", headline.greenPressurePct);
  add("kerncijfers", "", "grijze_druk_pct", headline.greyPressurePct);
  add("kerncijfers", "", "netto_participatie_pct", headline.netParticipationPct);
  add("kerncijfers", "", "werkenden_15_75", headline.working15to75);
  add("kerncijfers", "", "niet_beroepsbevolking", headline.nonLabourForce);
  add("kerncijfers", "", "open_vacatures", headline.openVacanciesQ2_2025);
  add("onbenut_potentieel", "", "totaal", headline.untappedPotential.total);
  add("onbenut_potentieel", "", "deeltijders", headline.untappedPotential.underemployedPartTimers);
  add("onbenut_potentieel", "", "werklozen", headline.untappedPotential.unemployed);
  add("onbenut_potentieel", "", "semi_werklozen", headline.untappedPotential.semiUnemployed);
  // Per class in the order of the occupation classes, so a file sorted by the page reads naturally.
  const order = (code: string) => {
    const index = classes.findIndex((item) => item.code === code);
    return index === -1 ? classes.length : index;
  };
  for (const row of [...data.openVacanciesQ2_2025].sort((a, b) => order(a.class) - order(b.class))) {
    add("open_vacatures", row.class, "regio", row.region);
    add("open_vacatures", row.class, "nederland", row.nl);
  }
  for (const row of [...data.wwBenefitsByClassSept2025].sort((a, b) => order(a.class) - order(b.class))) add("ww_uitkeringen", row.class, "aantal", row.count);
  const education = data.registeredJobseekersByEducationSept2025;
  add("werkzoekenden", "", "totaal_regio", education.regionTotal);
  add("werkzoekenden", "", "totaal_nederland", education.nlTotal);
  for (const row of education.rows) {
    add("werkzoekenden_opleiding", row.level, "regio", row.region);
    add("werkzoekenden_opleiding", row.level, "nederland", row.nl);
  }
  for (const row of data.registeredJobseekersByAgeSept2025) {
    add("werkzoekenden_leeftijd", row.age, "regio", row.region);
    add("werkzoekenden_leeftijd", row.age, "nederland", row.nl);
  }
  add("ww_duur", "", "totaal", data.wwJuly2025.total);
  add("ww_duur", "", "korter_dan_6_maanden", data.wwJuly2025.under6months);
  add("ww_duur", "", "6_tot_12_maanden", data.wwJuly2025.from6to12months);
  add("ww_duur", "", "jaar_of_langer", data.wwJuly2025.yearOrLonger);
  for (const row of data.jobs) {
    add("banen", String(row.year), "werknemers", row.employees);
    add("banen", String(row.year), "zelfstandigen", row.selfEmployed);
    add("banen", String(row.year), "prognose", row.forecast ? 1 : 0);
  }
  add("banenafspraak", "", "doel_regio", data.banenafspraak.regionalTargetThrough2025);
  add("banenafspraak", "", "doel_nederland", data.banenafspraak.nationalTargetThrough2025);
  add("banenafspraak", "", "gehaald_regio_pct", data.banenafspraak.realisedShareQ1_2021Pct);
  add("banenafspraak", "", "gehaald_nederland_pct", data.banenafspraak.nationalRealisedShareQ1_2021Pct);
  return rows;
}

/**
 * The rows back in the page's shape; null when a single figure is missing (an empty table before the seed ran).
 * Groups keep the order of the rows. Uploads are validated complete (validate-figure-rows.ts) before they are stored.
 */
export function figuresToLabourMarket(rows: readonly FigureRow[]): LabourMarketFigures | null {
  const values = new Map(rows.map((row) => [figureKey(row), row.value]));
  let missing = false;
  const one = (section: string, measure: string, category = "") => {
    const value = values.get(figureKey({ section, category, measure }));
    if (value === undefined) missing = true;
    return value ?? 0;
  };
  const categories = (section: string) => [...new Set(rows.filter((row) => row.section === section).map((row) => row.category))];

  const figures: LabourMarketFigures = {
    headline: {
      inhabitants2025: one("kerncijfers", "inwoners_2025"),
      inhabitants2040: one("kerncijfers", "inwoners_2040"),
      greenPressurePct: one("kerncijfers", "groene_druk_pct"),
      greyPressurePct: one("kerncijfers", "grijze_druk_pct"),
      netParticipationPct: one("kerncijfers", "netto_participatie_pct"),
      working15to75: one("kerncijfers", "werkenden_15_75"),
      nonLabourForce: one("kerncijfers", "niet_beroepsbevolking"),
      untappedPotential: {
        total: one("onbenut_potentieel", "totaal"),
        underemployedPartTimers: one("onbenut_potentieel", "deeltijders"),
        unemployed: one("onbenut_potentieel", "werklozen"),
        semiUnemployed: one("onbenut_potentieel", "semi_werklozen"),
      },
      openVacanciesQ2_2025: one("kerncijfers", "open_vacatures"),
    },
    openVacanciesQ2_2025: categories("open_vacatures").map((code) => ({
      class: code,
      region: one("open_vacatures", "regio", code),
      nl: one("open_vacatures", "nederland", code),
    })),
    wwBenefitsByClassSept2025: categories("ww_uitkeringen").map((code) => ({ class: code, count: one("ww_uitkeringen", "aantal", code) })),
    registeredJobseekersByEducationSept2025: {
      regionTotal: one("werkzoekenden", "totaal_regio"),
      nlTotal: one("werkzoekenden", "totaal_nederland"),
      rows: categories("werkzoekenden_opleiding").map((level) => ({
        level,
        region: one("werkzoekenden_opleiding", "regio", level),
        nl: one("werkzoekenden_opleiding", "nederland", level),
      })),
    },
    registeredJobseekersByAgeSept2025: categories("werkzoekenden_leeftijd").map((age) => ({
      age,
      region: one("werkzoekenden_leeftijd", "regio", age),
      nl: one("werkzoekenden_leeftijd", "nederland", age),
    })),
    wwJuly2025: {
      total: one("ww_duur", "totaal"),
      under6months: one("ww_duur", "korter_dan_6_maanden"),
      from6to12months: one("ww_duur", "6_tot_12_maanden"),
      yearOrLonger: one("ww_duur", "jaar_of_langer"),
    },
    jobs: categories("banen").map((year) => ({
      year: Number(year),
      employees: one("banen", "werknemers", year),
      selfEmployed: one("banen", "zelfstandigen", year),
      ...(one("banen", "prognose", year) === 1 ? { forecast: true } : {}),
    })),
    banenafspraak: {
      regionalTargetThrough2025: one("banenafspraak", "doel_regio"),
      nationalTargetThrough2025: one("banenafspraak", "doel_nederland"),
      realisedShareQ1_2021Pct: one("banenafspraak", "gehaald_regio_pct"),
      nationalRealisedShareQ1_2021Pct: one("banenafspraak", "gehaald_nederland_pct"),
    },
  };
  return missing ? null : figures;
}
