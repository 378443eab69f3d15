/**
 * CSV for Dutch Excel (D4): UTF-8 with a byte-order mark (without it Excel reads the file as
 * Windows-1252 and mangles "ë"), `;` as separator and decimal commas (Excel with Dutch regional
 * settings splits on `;` and reads 1,5 as a number), CRLF line ends. Hand-written because it is
 * twenty lines and the libraries (csv-stringify, papaparse) know neither the BOM nor decimal commas
 * nor formula injection. Cells starting with = + - @ get a leading apostrophe so a name like
 * "=HYPERLINK(…)" is shown as text, not run as a formula.
 */
export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    return String(cell).replace(".", ",");
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(formatCell).join(";"));
  return BOM + lines.join("\r\n") + "\r\n";
}

/** A download response for a route handler; `filename` without extension, ASCII only. */
export function csvResponse(filename: string, csv: string): Response {
  const safe = filename.replace(/[^a-zA-Z0-9_-]/g, "-");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
