/**
 * Where each figure comes from. labour-market.json names UWV as the source, quoted in the
 * Regionale meerjarenagenda 2026–2030 (bijlage 2, tabel 1–6) and "Arbeidsmarktbeeld in één minuut";
 * the period comes from each field's name (openVacanciesQ2_2025 → tweede kwartaal 2025).
 */
const PUBLICATION = "in de Regionale meerjarenagenda 2026–2030, bijlage 2";

export const SOURCES = {
  headline: `Bron: UWV, Arbeidsmarktbeeld Gooi en Vechtstreek ("Arbeidsmarktbeeld in één minuut"), ${PUBLICATION}.`,
  vacancies: `Bron: UWV, open vacatures tweede kwartaal 2025, ${PUBLICATION}.`,
  wwBenefits: `Bron: UWV, lopende WW-uitkeringen september 2025, ${PUBLICATION}.`,
  tension: `Bron: eigen berekening met cijfers van UWV (open vacatures tweede kwartaal 2025 en WW-uitkeringen september 2025), ${PUBLICATION}.`,
  education: `Bron: UWV, geregistreerde werkzoekenden naar opleidingsniveau, september 2025, ${PUBLICATION}.`,
  age: `Bron: UWV, geregistreerde werkzoekenden naar leeftijd, september 2025, ${PUBLICATION}.`,
  wwDuration: `Bron: UWV, WW-uitkeringen naar duur, juli 2025, ${PUBLICATION}.`,
  jobs: `Bron: UWV, banen van werknemers en zelfstandigen (2027 is een prognose), ${PUBLICATION}.`,
  banenafspraak: `Bron: UWV, banenafspraak: doelstelling tot en met 2025 en realisatie eerste kwartaal 2021, ${PUBLICATION}.`,
} as const;
