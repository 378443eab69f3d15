/** Dutch labels for the codes in the instrument data. Unknown codes fall back to a readable form. */

const KIND_LABELS: Record<string, string> = {
  werkgeversinstrument: "Werkgeversinstrument",
  werkvoorziening: "Werkvoorziening",
  expertise: "Expertise en advies",
  advies: "Advies aan werkgevers",
  belastingvoordeel: "Belastingvoordeel",
  scholing: "Scholing",
  leerwerk: "Leren en werken",
  inkoopvoorwaarde: "Inkoopvoorwaarde (social return)",
};

const PROVIDER_LABELS: Record<string, string> = {
  UWV: "UWV",
  GEMEENTE: "Gemeente",
  WERKCENTRUM: "Werkcentrum",
  BELASTINGDIENST: "Belastingdienst",
  RIJK: "Rijksoverheid",
  REGIO: "Regio Gooi en Vechtstreek",
  DUO: "DUO",
  SBB: "SBB",
  MBO_COLLEGE: "MBO College Hilversum",
};

const EXECUTED_BY_LABELS: Record<string, string> = {
  bemiddelaar: "De bemiddelaar van het Werkcentrum regelt de aanvraag en de uitvoering.",
  accountmanager: "De accountmanager van het Werkcentrum geeft de werkgever advies en helpt bij de aanvraag.",
};

function readable(code: string): string {
  const words = code.replaceAll("_", " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? readable(kind);
}

export function providerLabel(provider: string): string {
  return PROVIDER_LABELS[provider] ?? readable(provider);
}

export function executedByLabel(executedBy: string): string {
  return EXECUTED_BY_LABELS[executedBy] ?? readable(executedBy);
}

/** Sorts codes by their Dutch label, for filter lists. */
export function sortByLabel(codes: string[], label: (code: string) => string): string[] {
  return [...codes].sort((a, b) => label(a).localeCompare(label(b), "nl"));
}
