import { describe, expect, it } from "vitest";
import { figuresToCsv } from "./figures-csv";
import { figuresToLabourMarket, labourMarketToFigures } from "./figures-to-labour-market";
import { labourMarket, occupationClasses } from "./labour-market-data";
import { CSV_LIMITS, formatFigureRowError, parseLabourMarketCsv, type ParsedFigureFile } from "./parse-labour-market-csv";

const classCodes = new Set(occupationClasses.map((item) => item.code));
const { _source, ...published } = labourMarket;
const figures = labourMarketToFigures(published, occupationClasses);
const template = figuresToCsv(figures);
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseLabourMarketCsv(bytes(text), classCodes);
const messages = (input: ParsedFigureFile | string) => {
  const result = typeof input === "string" ? parse(input) : input;
  return "errors" in result ? result.errors.map(formatFigureRowError) : [];
};
/** The template with one line (1 = header) replaced. */
const withLine = (line: number, replacement: string) => template.split("\r\n").map((text, index) => (index === line - 1 ? replacement : text)).join("\r\n");

describe("labour-market figures as rows", () => {
  it("round-trips the published figures unchanged (the page shows the same)", () => {
    expect(_source).toMatch(/UWV/);
    expect(figuresToLabourMarket(figures)).toEqual(published);
  });

  it("is null when a figure is missing (an empty table)", () => {
    expect(figuresToLabourMarket([])).toBeNull();
    expect(figuresToLabourMarket(figures.filter((row) => row.measure !== "inwoners_2040"))).toBeNull();
  });
});

describe("parseLabourMarketCsv", () => {
  it("reads the template back: `;`, byte-order mark, decimal commas", () => {
    expect(template.startsWith("\uFEFFonderwerp;categorie;kenmerk;waarde;toelichting\r\n")).toBe(true);
    expect(template).toContain("kerncijfers;;groene_druk_pct;40,5;");
    expect(parse(template)).toEqual({ rows: figures });
  });

  it("reads `,` as separator with quoted decimal commas, without a byte-order mark, and a decimal point", () => {
    const lines = figures.map((row) => `${row.section},${row.category},${row.measure},"${String(row.value).replace(".", ",")}"`);
    expect(parse(["onderwerp,categorie,kenmerk,waarde", ...lines].join("\n"))).toEqual({ rows: figures });
    const withPoint = withLine(4, "kerncijfers;;groene_druk_pct;40.5;");
    expect(parse(withPoint)).toEqual({ rows: figures });
  });

  it("names the row and column of each bad row, in Dutch", () => {
    const bad = withLine(2, "kerncijfers;;inwoners_2025;248.000;").replace("open_vacatures;ZOR;regio;900", "open_vacatures;XYZ;regio;900");
    const result = messages(bad.replace("ww_duur;;totaal;2888", "ww_duur;;totaal;-5").replace("banen;2024;prognose;0", "banen;2024;prognose;2"));
    expect(result).toEqual([
      expect.stringMatching(/^Rij 2, kolom waarde: "248\.000" heeft meer dan twee decimalen/),
      expect.stringMatching(/^Rij \d+, kolom categorie: "XYZ" is geen beroepsklasse/),
      expect.stringMatching(/^Rij \d+, kolom waarde: een cijfer kan niet negatief zijn/),
      expect.stringMatching(/^Rij \d+, kolom waarde: vul 1 in \(prognose\) of 0/),
    ]);
  });

  it("refuses unknown sections and measures, decimals in counts, doubles and a category where none belongs", () => {
    expect(messages(withLine(2, "kerncijfer;;inwoners_2025;248000;"))[0]).toMatch(/^Rij 2, kolom onderwerp: onbekend onderwerp "kerncijfer"/);
    expect(messages(withLine(2, "kerncijfers;;inwoners;248000;"))[0]).toMatch(/^Rij 2, kolom kenmerk: onbekend kenmerk "inwoners"/);
    expect(messages(withLine(2, "kerncijfers;;inwoners_2025;248000,5;"))[0]).toMatch(/^Rij 2, kolom waarde: vul een geheel getal in/);
    expect(messages(withLine(2, "kerncijfers;2025;inwoners_2025;248000;"))[0]).toMatch(/^Rij 2, kolom categorie: laat de categorie leeg/);
    expect(messages(withLine(3, "kerncijfers;;inwoners_2025;1;"))).toEqual(["Rij 3, kolom kenmerk: dit cijfer staat al in rij 2."]);
  });

  it("says which figure is missing and which group is incomplete", () => {
    const lines = template.split("\r\n");
    const without = (fragment: string) => lines.filter((line) => !line.startsWith(fragment)).join("\r\n");
    expect(messages(parse(without("kerncijfers;;inwoners_2040")))).toEqual(["Het cijfer kerncijfers / inwoners_2040 (Inwoners in 2040 (verwachting)) ontbreekt."]);
    expect(messages(parse(without("banen;2024;zelfstandigen")))).toEqual(["Bij banen, categorie 2024, ontbreekt het kenmerk zelfstandigen (Zelfstandigen)."]);
    expect(messages(parse(without("werkzoekenden_leeftijd;")))).toEqual(["Het onderwerp werkzoekenden_leeftijd (Werkzoekenden naar leeftijd) heeft geen rijen."]);
  });

  it("refuses a file that is too large, empty, not UTF-8, without the header or with too many rows", () => {
    expect(messages(parseLabourMarketCsv(new Uint8Array(CSV_LIMITS.maxBytes + 1), classCodes))[0]).toMatch(/groter dan 1 MB/);
    expect(messages(parse(" \r\n"))).toEqual(["Het bestand is leeg."]);
    expect(messages(parseLabourMarketCsv(new Uint8Array([0x6f, 0x6e, 0xe9, 0x0a]), classCodes))[0]).toMatch(/geen CSV in UTF-8/);
    expect(messages(parse("a;b;c\r\n1;2;3"))[0]).toMatch(/^Rij 1: de eerste rij moet de kolomnamen onderwerp, categorie, kenmerk, waarde hebben/);
    const many = ["onderwerp;categorie;kenmerk;waarde", ...Array.from({ length: CSV_LIMITS.maxRows + 1 }, (_, i) => `banen;${1990 + (i % 100)};werknemers;${i}`)].join("\n");
    expect(messages(parse(many))).toEqual([`Het bestand heeft meer dan ${CSV_LIMITS.maxRows} rijen met cijfers.`]);
  });

  it("explains an unquoted decimal comma in a comma-separated file", () => {
    const result = messages(parse("onderwerp,categorie,kenmerk,waarde\nkerncijfers,,groene_druk_pct,40,5"));
    expect(result[0]).toMatch(/^Rij 2: deze rij heeft meer kolommen dan de kopregel/);
  });
});
