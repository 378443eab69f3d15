import { FIGURE_SECTIONS, figureKey, SECTION_BY_KEY, type FigureRow, type SectionSpec } from "./figure-spec";

/** One problem in an uploaded file: the row as numbered in a spreadsheet (the header is row 1) and the column. */
export type FigureRowError = { row: number | null; column: string | null; message: string };

/** A row as read from the file, before it is known to be valid. */
export type RawFigureRow = { line: number; section: string; category: string; measure: string; value: string };

export const FIGURE_LIMITS = { maxValue: 1_000_000_000, maxPercent: 1000, categoryLength: 60, minYear: 1990, maxYear: 2100 } as const;

const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** "40,5" or "40.5" → 40.5 with at most two decimals; thousands separators are refused (248.000 would be 248). */
function parseValue(text: string, decimals: boolean, flag: boolean): { value: number } | { error: string } {
  const compact = text.replace(/\s/g, "");
  if (compact === "") return { error: "vul een getal in." };
  if (compact.startsWith("-")) return { error: "een cijfer kan niet negatief zijn." };
  if (!NUMBER.test(compact)) return { error: `"${text.slice(0, 20)}" is geen getal. Schrijf bijvoorbeeld 4950 of 40,5.` };
  const [whole, fraction = ""] = compact.split(/[.,]/) as [string, string?];
  if (fraction.length > 2) return { error: `"${text.slice(0, 20)}" heeft meer dan twee decimalen. Schrijf getallen zonder punt voor de duizendtallen, bijvoorbeeld 248000.` };
  const value = Number(`${whole}.${fraction || "0"}`);
  if (flag) return value === 0 || value === 1 ? { value } : { error: "vul 1 in (prognose) of 0 (geen prognose)." };
  if (!decimals && fraction !== "" && Number(fraction) !== 0) return { error: "vul een geheel getal in, zonder decimalen." };
  const max = decimals ? FIGURE_LIMITS.maxPercent : FIGURE_LIMITS.maxValue;
  if (value > max) return { error: `het getal mag niet groter zijn dan ${max.toLocaleString("nl-NL")}.` };
  return { value };
}

function checkCategory(section: SectionSpec, category: string, classCodes: ReadonlySet<string>): { category: string } | { error: string } {
  switch (section.category) {
    case "none":
      return category === "" ? { category } : { error: `laat de categorie leeg bij onderwerp ${section.key}.` };
    case "occupationClass": {
      const code = category.toUpperCase();
      return classCodes.has(code) ? { category: code } : { error: `"${category.slice(0, 20)}" is geen beroepsklasse. Kies uit: ${[...classCodes].join(", ")}.` };
    }
    case "year": {
      const year = Number(category);
      return /^\d{4}$/.test(category) && year >= FIGURE_LIMITS.minYear && year <= FIGURE_LIMITS.maxYear
        ? { category }
        : { error: `vul een jaartal in, bijvoorbeeld 2024.` };
    }
    case "text":
      if (category === "") return { error: "vul de groep in, bijvoorbeeld MBO-2 of <27." };
      if (category.length > FIGURE_LIMITS.categoryLength) return { error: `de groep mag maximaal ${FIGURE_LIMITS.categoryLength} tekens hebben.` };
      return /[<>]/.test(category.replace(/^(<|>=?|<=)(?=\d)/, "")) ? { error: "gebruik geen HTML-tekens." } : { category };
  }
}

/**
 * Checks every row (known section, measure and category, a number in range, no figure twice) and then that the file
 * is complete: every single figure present, every group with all its measures, every table with at least one group.
 * Returns the valid rows in file order, or every error found.
 */
export function validateFigureRows(raw: readonly RawFigureRow[], classCodes: ReadonlySet<string>): { rows: FigureRow[] } | { errors: FigureRowError[] } {
  const errors: FigureRowError[] = [];
  const rows: FigureRow[] = [];
  const seen = new Map<string, number>();
  const at = (row: RawFigureRow, column: string, message: string) => errors.push({ row: row.line, column, message });

  for (const row of raw) {
    const section = SECTION_BY_KEY.get(row.section.toLowerCase());
    if (!section) {
      at(row, "onderwerp", `onbekend onderwerp "${row.section.slice(0, 40)}". Kies uit: ${FIGURE_SECTIONS.map((spec) => spec.key).join(", ")}.`);
      continue;
    }
    const measure = section.measures.find((spec) => spec.key === row.measure.toLowerCase());
    if (!measure) {
      at(row, "kenmerk", `onbekend kenmerk "${row.measure.slice(0, 40)}" bij onderwerp ${section.key}. Kies uit: ${section.measures.map((spec) => spec.key).join(", ")}.`);
      continue;
    }
    const category = checkCategory(section, row.category, classCodes);
    if ("error" in category) {
      at(row, "categorie", category.error);
      continue;
    }
    const value = parseValue(row.value, measure.decimals === true, measure.flag === true);
    if ("error" in value) {
      at(row, "waarde", value.error);
      continue;
    }
    const figure = { section: section.key, category: category.category, measure: measure.key, value: value.value };
    const earlier = seen.get(figureKey(figure));
    if (earlier !== undefined) {
      at(row, "kenmerk", `dit cijfer staat al in rij ${earlier}.`);
      continue;
    }
    seen.set(figureKey(figure), row.line);
    rows.push(figure);
  }
  if (errors.length > 0) return { errors };

  for (const section of FIGURE_SECTIONS) {
    const ofSection = rows.filter((row) => row.section === section.key);
    if (section.category === "none") {
      for (const measure of section.measures) {
        if (!seen.has(figureKey({ section: section.key, category: "", measure: measure.key }))) {
          errors.push({ row: null, column: null, message: `Het cijfer ${section.key} / ${measure.key} (${measure.label}) ontbreekt.` });
        }
      }
      continue;
    }
    const categories = [...new Set(ofSection.map((row) => row.category))];
    if (categories.length === 0) errors.push({ row: null, column: null, message: `Het onderwerp ${section.key} (${section.label}) heeft geen rijen.` });
    for (const category of categories) {
      for (const measure of section.measures) {
        if (!seen.has(figureKey({ section: section.key, category, measure: measure.key }))) {
          errors.push({ row: null, column: null, message: `Bij ${section.key}, categorie ${category}, ontbreekt het kenmerk ${measure.key} (${measure.label}).` });
        }
      }
    }
  }
  return errors.length > 0 ? { errors } : { rows };
}
