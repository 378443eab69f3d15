/**
 * The labour-market figures as rows (issue 14 O4): the table LabourMarketFigure and the CSV that replaces it hold one
 * number per (onderwerp, categorie, kenmerk). This file names every section and measure; the page's shape
 * (LabourMarket) is built from the rows in figures-to-labour-market.ts.
 */
export type FigureRow = { section: string; category: string; measure: string; value: number };

/** none: one figure per measure, category empty; otherwise one group per category (class code, group name or year). */
export type CategoryKind = "none" | "occupationClass" | "text" | "year";
export type MeasureSpec = { key: string; label: string; decimals?: boolean; flag?: boolean };
export type SectionSpec = { key: string; label: string; category: CategoryKind; measures: readonly MeasureSpec[] };

const REGION_AND_NETHERLANDS: readonly MeasureSpec[] = [
  { key: "regio", label: "Gooi en Vechtstreek" },
  { key: "nederland", label: "Nederland" },
];

export const FIGURE_SECTIONS: readonly SectionSpec[] = [
  {
    key: "kerncijfers",
    label: "De regio in cijfers",
    category: "none",
    measures: [
      { key: "inwoners_2025", label: "Inwoners in 2025" },
      { key: "inwoners_2040", label: "Inwoners in 2040 (verwachting)" },
      { key: "groene_druk_pct", label: "Groene druk (%)", decimals: true },
      { key: "grijze_druk_pct", label: "Grijze druk (%)", decimals: true },
      { key: "netto_participatie_pct", label: "Netto arbeidsparticipatie (%)", decimals: true },
      { key: "werkenden_15_75", label: "Werkenden van 15 tot 75 jaar" },
      { key: "niet_beroepsbevolking", label: "Niet-beroepsbevolking" },
      { key: "open_vacatures", label: "Open vacatures tweede kwartaal 2025" },
    ],
  },
  {
    key: "onbenut_potentieel",
    label: "Onbenut arbeidspotentieel",
    category: "none",
    measures: [
      { key: "totaal", label: "Totaal" },
      { key: "deeltijders", label: "Deeltijders die meer uren willen werken" },
      { key: "werklozen", label: "Werklozen" },
      { key: "semi_werklozen", label: "Semi-werklozen" },
    ],
  },
  {
    key: "open_vacatures",
    label: "Open vacatures per beroepsklasse",
    category: "occupationClass",
    measures: REGION_AND_NETHERLANDS,
  },
  { key: "ww_uitkeringen", label: "WW-uitkeringen per beroepsklasse", category: "occupationClass", measures: [{ key: "aantal", label: "Aantal" }] },
  {
    key: "werkzoekenden",
    label: "Geregistreerde werkzoekenden, totaal",
    category: "none",
    measures: [
      { key: "totaal_regio", label: "Gooi en Vechtstreek" },
      { key: "totaal_nederland", label: "Nederland" },
    ],
  },
  {
    key: "werkzoekenden_opleiding",
    label: "Werkzoekenden naar opleiding",
    category: "text",
    measures: REGION_AND_NETHERLANDS,
  },
  {
    key: "werkzoekenden_leeftijd",
    label: "Werkzoekenden naar leeftijd",
    category: "text",
    measures: REGION_AND_NETHERLANDS,
  },
  {
    key: "ww_duur",
    label: "WW-uitkeringen naar duur",
    category: "none",
    measures: [
      { key: "totaal", label: "Totaal" },
      { key: "korter_dan_6_maanden", label: "Korter dan 6 maanden" },
      { key: "6_tot_12_maanden", label: "6 tot 12 maanden" },
      { key: "jaar_of_langer", label: "Een jaar of langer" },
    ],
  },
  {
    key: "banen",
    label: "Banen",
    category: "year",
    measures: [
      { key: "werknemers", label: "Werknemers" },
      { key: "zelfstandigen", label: "Zelfstandigen" },
      { key: "prognose", label: "Prognose (1 = ja, 0 = nee)", flag: true },
    ],
  },
  {
    key: "banenafspraak",
    label: "Banenafspraak",
    category: "none",
    measures: [
      { key: "doel_regio", label: "Doel regio tot en met 2025 (extra banen)" },
      { key: "doel_nederland", label: "Doel Nederland tot en met 2025 (extra banen)" },
      { key: "gehaald_regio_pct", label: "Gehaald in de regio, eerste kwartaal 2021 (%)", decimals: true },
      { key: "gehaald_nederland_pct", label: "Gehaald in Nederland, eerste kwartaal 2021 (%)", decimals: true },
    ],
  },
];

export const SECTION_BY_KEY: ReadonlyMap<string, SectionSpec> = new Map(FIGURE_SECTIONS.map((section) => [section.key, section]));

export function measureOf(section: string, measure: string): MeasureSpec | undefined {
  return SECTION_BY_KEY.get(section)?.measures.find((spec) => spec.key === measure);
}

/** The key that identifies one figure. */
export function figureKey(row: Pick<FigureRow, "section" | "category" | "measure">): string {
  return `${row.section}|${row.category}|${row.measure}`;
}
