/**
 * The one rule for text that arrives from outside — a query string, a path segment, a form field (decision 026).
 * PostgreSQL refuses a NUL byte (a 500 before), and other control characters have no place in a search or a name.
 * URL values are cleaned silently (the page shows what was searched); form fields are refused with a Dutch
 * message (freeText). No server imports: used by forms, parsers and proxy.ts.
 */

/** C0 controls, DEL and C1 controls. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F]/g;
/** Tab, line feed, vertical tab, form feed, carriage return: whitespace, kept as a space in a URL value. */
const WHITESPACE_CONTROL = /[\t\n\v\f\r]/g;
/** What a multi-line form field may contain besides printable text. */
const FORM_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const CONTROL_CHARACTER_MESSAGE = "De tekst bevat tekens die niet zijn toegestaan. Typ de tekst opnieuw.";
export const SEARCH_CONTROL_CHARACTER_MESSAGE = "De zoekterm bevat tekens die niet zijn toegestaan.";

/** The most characters of any one query-string value, before a parser's own (smaller) cap. */
export const URL_VALUE_MAX_CHARS = 1000;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** A form field: control characters other than tab and line breaks. */
export function hasFormControlCharacters(text: string): boolean {
  return FORM_CONTROL.test(text);
}

/** Without control characters (line breaks and tabs become spaces), well-formed UTF-16, at most `max` characters. */
export function stripControlCharacters(text: string, max = URL_VALUE_MAX_CHARS): string {
  return text.slice(0, max * 2).toWellFormed().replace(WHITESPACE_CONTROL, " ").replace(CONTROL_ALL, "").slice(0, max);
}

/** A URL value as a parser wants it: cleaned, trimmed, capped. */
export function cleanUrlText(text: string, max: number): string {
  return stripControlCharacters(text, max * 2).trim().slice(0, max);
}
