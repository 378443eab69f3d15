import type { CandidateAccessAction } from "./record-candidate-access";

/**
 * What someone did with the resident's data, as the resident reads it after the actor's name
 * ("Femke Jansen bekeek uw gegevens"). Every action of the writer must have a label (the type says so).
 */
const LABELS: Record<CandidateAccessAction, string> = {
  "candidate.read": "bekeek uw gegevens",
  "candidate.list": "zag u in een lijst",
  "candidate.update": "wijzigde uw profiel",
  "cv.upload": "zette een cv in uw dossier",
  "cv.download": "downloadde uw cv",
  "assessment.read": "bekeek uw werkfit-beoordeling",
  "assessment.record": "legde een werkfit-beoordeling vast",
  "helpRequest.read": "bekeek uw hulpvraag",
  "helpRequest.accept": "nam uw hulpvraag in behandeling",
  "ownership.transfer": "droeg uw begeleiding over aan een andere bemiddelaar",
  "proposal.create": "droeg u voor bij een werkgever",
  "proposal.read": "bekeek een voordracht van u",
  "proposal.update": "werkte een voordracht van u bij",
  "placement.record": "legde uw plaatsing vast",
  "placement.read": "bekeek uw plaatsing",
  "placement.update": "werkte uw plaatsing bij",
  "aftercare.record": "legde een nazorggesprek vast",
  "handover.create": "droeg u over aan een partner",
  "handover.read": "bekeek uw overdracht",
  "handover.decide": "besliste over uw overdracht",
  "caseNote.record": "schreef een aantekening over u",
  "caseNote.read": "bekeek aantekeningen over u",
  "deletion.read": "bekeek uw verzoek om uw gegevens te verwijderen",
  "deletion.refuse": "weigerde uw verzoek om uw gegevens te verwijderen",
  "deletion.complete": "verwijderde uw gegevens op uw verzoek",
};

// Actions other parts of the portal may add (matching, proposals, handovers); labelled in advance.
const MORE_LABELS: Record<string, string> = {
  "match.read": "bekeek uw profiel bij passende vacatures",
  "match.list": "zag u in een lijst met passende kandidaten",
  "matching.read": "bekeek uw profiel bij passende vacatures",
  "matching.list": "zag u in een lijst met passende kandidaten",
  "matches.read": "bekeek passende vacatures voor u",
  "assessment.create": "legde een werkfit-beoordeling vast",
  "handover.accept": "nam uw overdracht aan",
  "casenote.read": "bekeek aantekeningen over u",
  "export.read": "nam uw gegevens op in een export",
};

export const GENERIC_ACCESS_LABEL = "gebruikte uw gegevens";

export function accessActionLabel(action: string): string {
  if (Object.hasOwn(LABELS, action)) return LABELS[action as CandidateAccessAction];
  if (Object.hasOwn(MORE_LABELS, action)) return MORE_LABELS[action]!;
  return GENERIC_ACCESS_LABEL;
}
