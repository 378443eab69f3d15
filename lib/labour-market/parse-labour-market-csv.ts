import { parse } from "csv-parse/sync";
import { validateFigureRows, type FigureRowError, type RawFigureRow } from "./validate-figure-rows";
import type { FigureRow } from "./figure-spec";

export const CSV_LIMITS = { maxBytes: 1_000_000, maxBytesLabel: "1 MB", maxRows: 1000, maxErrorsShown: 50 } as const;
/** Where /beheer/arbeidsmarkt posts the CSV: a route handler, because server actions take at most 256 KB (decision 026). */
export const CSV_UPLOAD_PATH = "/api/beheer/arbeidsmarkt";
export const CSV_TOO_LARGE_MESSAGE = `Het bestand is groter dan ${CSV_LIMITS.maxBytesLabel}. Upload alleen de cijfers, als CSV.`;

export const CSV_COLUMNS = ["onderwerp", "categorie", "kenmerk", "waarde"] as const;
/** The template's explanation column; ignored on upload. */
export const CSV_NOTE_COLUMN = "toelichting";

export type ParsedFigureFile = { rows: FigureRow[] } | { errors: FigureRowError[] };

const fileError = (message: string, row: number | null = null): ParsedFigureFile => ({ errors: [{ row, column: null, message }] });

/** `;` unless the header line has a comma and no semicolon (Excel with Dutch settings writes `;`). */
function detectDelimiter(text: string): ";" | "," {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return !header.includes(";") && header.includes(",") ? "," : ";";
}

/**
 * An uploaded labour-market CSV (issue 14 O4) → the validated figures, or Dutch errors with row and column. UTF-8
 * with or without byte-order mark, `;` or `,` between columns, decimal comma or point, at most 1 MB and 1000 rows.
 */
export function parseLabourMarketCsv(bytes: Uint8Array, classCodes: ReadonlySet<string>): ParsedFigureFile {
  if (bytes.byteLength > CSV_LIMITS.maxBytes) return fileError(CSV_TOO_LARGE_MESSAGE);
  let text: string;
  try {
    // The decoder drops a byte-order mark; fatal: a file saved as Windows-1252 or Excel's .xlsx is refused, not garbled.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fileError("Het bestand is geen CSV in UTF-8. Sla het in Excel op als “CSV UTF-8 (door komma's gescheiden)” en probeer het opnieuw.");
  }
  if (text.trim() === "") return fileError("Het bestand is leeg.");

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, to: CSV_LIMITS.maxRows + 2 }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return fileError("Het bestand kon niet worden gelezen als CSV. Controleer de aanhalingstekens.", typeof line === "number" ? line : null);
  }

  const [header, ...data] = records;
  const names = (header?.record ?? []).map((name) => name.toLowerCase());
  const index = Object.fromEntries(CSV_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<(typeof CSV_COLUMNS)[number], number>;
  if (Object.values(index).some((position) => position === -1)) {
    return fileError(`De eerste rij moet de kolomnamen ${CSV_COLUMNS.join(", ")} hebben. Gebruik het sjabloon met de huidige cijfers.`, 1);
  }
  if (data.length === 0) return fileError("Het bestand heeft geen rijen met cijfers.");
  if (data.length > CSV_LIMITS.maxRows) return fileError(`Het bestand heeft meer dan ${CSV_LIMITS.maxRows} rijen met cijfers.`);

  const raw: RawFigureRow[] = [];
  const errors: FigureRowError[] = [];
  for (const { record, info } of data) {
    if (record.length > names.length) {
      errors.push({ row: info.lines, column: null, message: "deze rij heeft meer kolommen dan de kopregel. Staat er een decimale komma zonder aanhalingstekens in een bestand met komma's? Gebruik dan ; als scheidingsteken." });
      continue;
    }
    const cell = (column: (typeof CSV_COLUMNS)[number]) => record[index[column]] ?? "";
    raw.push({ line: info.lines, section: cell("onderwerp"), category: cell("categorie"), measure: cell("kenmerk"), value: cell("waarde") });
  }
  if (errors.length > 0) return { errors };
  return validateFigureRows(raw, classCodes);
}

/** "Rij 5, kolom waarde: vul een geheel getal in." */
export function formatFigureRowError(error: FigureRowError): string {
  if (error.row === null) return error.message;
  const where = error.column ? `Rij ${error.row}, kolom ${error.column}` : `Rij ${error.row}`;
  const message = error.message.charAt(0).toLowerCase() === error.message.charAt(0) ? error.message : error.message.charAt(0).toLowerCase() + error.message.slice(1);
  return `${where}: ${message}`;
}
