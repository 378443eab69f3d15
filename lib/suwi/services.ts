/**
 * The five services of the SUWI basic package for employers (D2) and which recorded facts count as
 * evidence that an employer received one in a period. Contact moments have a free-text topic, so a
 * contact counts when its topic contains one of the words below (case-insensitive); an advice record
 * counts by its kind. The page legend is generated from this list, so page and query cannot drift.
 */
export const SUWI_SERVICES = [
  {
    key: "proposed",
    number: 1,
    label: "Kandidaten voorgedragen, inclusief nazorg",
    evidence:
      "een voordracht die in de periode met de werkgever is gedeeld (na toestemming van de kandidaat), of een nazorggesprek over een plaatsing bij de werkgever dat in de periode is afgerond",
    adviceKind: null,
    topicWords: [],
  },
  {
    key: "instrumentInformation",
    number: 2,
    label: "Informatie over instrumenten",
    evidence: "een adviesregistratie ‘informatie over instrumenten’, of een contactmoment met ‘instrument’ of ‘subsidie’ in het onderwerp",
    adviceKind: "INSTRUMENT_INFORMATION",
    topicWords: ["instrument", "subsidie"],
  },
  {
    key: "instrumentAdvice",
    number: 3,
    label: "Advies over instrumenten",
    evidence: "een adviesregistratie ‘advies over instrumenten’ (een contactmoment alleen telt als informatie, niet als advies)",
    adviceKind: "INSTRUMENT_ADVICE",
    topicWords: [],
  },
  {
    key: "jobCarving",
    number: 4,
    label: "Advies over werkorganisatie en jobcarving",
    evidence: "een adviesregistratie ‘jobcarving’, of een contactmoment met ‘jobcarving’, ‘job carving’ of ‘werkorganisatie’ in het onderwerp",
    adviceKind: "JOB_CARVING",
    topicWords: ["jobcarving", "job carving", "werkorganisatie"],
  },
  {
    key: "labourMarketInformation",
    number: 5,
    label: "Arbeidsmarktinformatie",
    evidence: "een adviesregistratie ‘arbeidsmarktinformatie’, of een contactmoment met ‘arbeidsmarkt’ in het onderwerp",
    adviceKind: "LABOUR_MARKET_INFORMATION",
    topicWords: ["arbeidsmarkt"],
  },
] as const;

export type SuwiService = (typeof SUWI_SERVICES)[number];
export type SuwiServiceKey = SuwiService["key"];

/** `%word%` patterns for ILIKE; the words contain no wildcard characters. */
export function topicPatterns(service: SuwiService): string[] {
  return service.topicWords.map((word) => `%${word}%`);
}

/** "%", "_" and "\" in a user's search text match literally in ILIKE … ESCAPE '\'. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
