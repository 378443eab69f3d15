/** CV rules shared by the upload form (size check before sending) and the server. No server imports. */

export const CV_MAX_BYTES = 5 * 1024 * 1024;
export const CV_MAX_LABEL = "5 MB";

export const CV_MESSAGES = {
  missing: "Kies een pdf-bestand.",
  tooLarge: `Het bestand is te groot. Een cv mag maximaal ${CV_MAX_LABEL} zijn. Maak het bestand kleiner en probeer het opnieuw.`,
  empty: "Het bestand is leeg. Kies een ander pdf-bestand.",
  notPdf: "Dit bestand is geen pdf. Kies een pdf-bestand. Een ander bestand met .pdf aan het eind van de naam werkt niet.",
  truncated: "Het pdf-bestand is niet compleet. Sla de pdf opnieuw op en probeer het nog eens.",
  badRequest: "Het uploaden is niet gelukt. Probeer het opnieuw.",
  notFound: "Dit bestand is niet gevonden.",
  unauthenticated: "U bent niet ingelogd. Log in en probeer het opnieuw.",
} as const;

/** "1,2 MB" / "850 kB" for the CV listing. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("nl-NL")} kB`;
}
