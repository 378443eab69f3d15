import { describe, expect, it } from "vitest";
import { csvResponse, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a BOM, semicolons, decimal commas and CRLF", () => {
    expect(toCsv(["Gemeente", "Aantal", "Gemiddelde"], [["Hilversum", 12, 3.5], ["Wijdemeren", null, 4]])).toBe(
      "\uFEFFGemeente;Aantal;Gemiddelde\r\nHilversum;12;3,5\r\nWijdemeren;;4\r\n",
    );
  });

  it("quotes separators, quotes and line breaks, and keeps ë", () => {
    expect(toCsv(["a"], [['Café "De Gooi"; Naarden'], ["regel 1\nregel 2"], ["Citroën"]])).toBe(
      '\uFEFFa\r\n"Café ""De Gooi""; Naarden"\r\n"regel 1\nregel 2"\r\nCitroën\r\n',
    );
  });

  it("turns a would-be formula into text", () => {
    expect(toCsv(["a"], [["=HYPERLINK(\"x\")"], ["-5"], ["@SUM(A1)"]])).toBe("\uFEFFa\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'-5\r\n'@SUM(A1)\r\n");
  });

  it("answers a download with the right headers", async () => {
    const response = csvResponse("kpi 2026/10", "x");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="kpi-2026-10.csv"');
    expect(await response.text()).toBe("x");
  });
});
