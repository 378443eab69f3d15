import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * What completing a deletion request does, table by table (J6; decision 011). The detail page
 * shows this list with the person's number of rows per table, so the administrator sees what will
 * happen before confirming. `eraseCandidateData` carries it out; keep the two in step.
 */
export type DeletionEffect = "ERASE" | "ANONYMISE" | "KEEP";

export const DELETION_EFFECT_LABELS: Record<DeletionEffect, string> = {
  ERASE: "Verwijderen",
  ANONYMISE: "Anonimiseren",
  KEEP: "Bewaren zonder persoonsgegevens",
};

export type DeletionPlanStep = { key: string; table: string; label: string; effect: DeletionEffect; explanation: string };

export const DELETION_PLAN = [
  { key: "candidate", table: "Candidate", label: "Profiel", effect: "ANONYMISE", explanation: "Naam, contactgegevens, geboortedatum, adres en wensen worden gewist. Gemeente, bemiddelaar en status blijven voor de cijfers." },
  { key: "account", table: "User", label: "Account", effect: "ANONYMISE", explanation: "Naam, e-mail, telefoon en wachtwoord worden gewist; inloggen kan niet meer en alle sessies stoppen." },
  { key: "cv", table: "CandidateCv", label: "Cv", effect: "ERASE", explanation: "Het bestand wordt verwijderd." },
  { key: "skills", table: "CandidateSkill", label: "Vaardigheden", effect: "ERASE", explanation: "Worden verwijderd." },
  { key: "occupationWishes", table: "CandidateOccupationWish", label: "Beroepswensen", effect: "ERASE", explanation: "Worden verwijderd." },
  { key: "workAreaWishes", table: "CandidateWorkAreaWish", label: "Werkgebieden", effect: "ERASE", explanation: "Worden verwijderd." },
  { key: "targetGroups", table: "CandidateTargetGroup", label: "Doelgroepen", effect: "KEEP", explanation: "Blijven aan het geanonimiseerde profiel: tellen mee in banenafspraak- en doelgroepcijfers." },
  { key: "consents", table: "Consent", label: "Toestemmingen", effect: "ERASE", explanation: "Worden verwijderd." },
  { key: "assessments", table: "WorkReadinessAssessment", label: "Werkfit-beoordelingen", effect: "ERASE", explanation: "Scores en aantekeningen worden verwijderd." },
  { key: "helpRequests", table: "HelpRequest", label: "Hulpvragen", effect: "ANONYMISE", explanation: "De toelichting wordt gewist; vraag, partner en termijnen blijven voor de cijfers." },
  { key: "proposals", table: "Proposal", label: "Voordrachten", effect: "ANONYMISE", explanation: "Motivatie en toelichtingen worden gewist; status, reden-code en data blijven voor de cijfers." },
  { key: "placements", table: "Placement", label: "Plaatsingen", effect: "ANONYMISE", explanation: "De toelichting bij het einde wordt gewist; contractsoort, uren en data blijven voor de cijfers." },
  { key: "instruments", table: "InstrumentApplication", label: "Instrumenten", effect: "ANONYMISE", explanation: "De loonwaarde wordt gewist; instrument, bedrag en periode blijven (verantwoording)." },
  { key: "aftercareChecks", table: "AftercareCheck", label: "Nazorgmomenten", effect: "ANONYMISE", explanation: "Opmerkingen worden gewist; scores en data blijven voor de cijfers." },
  { key: "signals", table: "PlacementSignal", label: "Knelpunten", effect: "ANONYMISE", explanation: "De tekst wordt gewist." },
  { key: "handovers", table: "Handover", label: "Overdrachten", effect: "ANONYMISE", explanation: "Reden en toelichting worden gewist; status en termijnen blijven voor de cijfers." },
  { key: "caseNotes", table: "CaseNote", label: "Notities matchtafel", effect: "ERASE", explanation: "Notities over deze inwoner (of met de volledige naam) worden verwijderd." },
  { key: "ownershipTransfers", table: "OwnershipTransfer", label: "Wissels van bemiddelaar", effect: "ANONYMISE", explanation: "De reden wordt gewist." },
  { key: "interests", table: "VacancyInterest", label: "Interesse in vacatures", effect: "ERASE", explanation: "Wordt verwijderd." },
  { key: "eventRegistrations", table: "EventRegistration", label: "Aanmeldingen evenementen", effect: "KEEP", explanation: "Blijven aan het geanonimiseerde account: aanwezigheid telt mee in de cijfers." },
  { key: "sroiDeliveries", table: "SroiDelivery", label: "Social return", effect: "ANONYMISE", explanation: "De koppeling met de inwoner en de omschrijving worden gewist; soort en waarde blijven voor de werkgever." },
  { key: "notifications", table: "Notification", label: "Meldingen", effect: "ERASE", explanation: "Meldingen aan de inwoner, en meldingen aan anderen met de volledige naam, worden verwijderd." },
  { key: "deletionRequests", table: "DeletionRequest", label: "Verwijderverzoeken", effect: "KEEP", explanation: "Blijven als bewijs dat het verzoek is uitgevoerd; de toelichting van de inwoner en eerdere redenen van weigering worden gewist." },
  { key: "auditLog", table: "AuditLog", label: "Auditlog", effect: "KEEP", explanation: "Kan niet worden gewijzigd (wettelijke verantwoording) en bevat alleen nummers en doelen, geen persoonsgegevens." },
] as const satisfies readonly DeletionPlanStep[];

export type DeletionPlanKey = (typeof DELETION_PLAN)[number]["key"];

export type PersonalRecordCounts = Record<DeletionPlanKey, number>;

/** The person's number of rows per table of the plan (for the detail page and the tests). */
export async function countPersonalRecords(
  tx: Prisma.TransactionClient,
  { candidateId, userId }: { candidateId: string; userId: string | null },
): Promise<PersonalRecordCounts> {
  const byCandidate = { candidateId };
  const byPlacement = { placement: { candidateId } };
  const [
    cv, skills, occupationWishes, workAreaWishes, targetGroups, consents, assessments, helpRequests, proposals, placements, instruments,
    aftercareChecks, signals, handovers, caseNotes, ownershipTransfers, interests, eventRegistrations, sroiDeliveries, notifications,
    deletionRequests, auditLog,
  ] = await Promise.all([
    tx.candidateCv.count({ where: byCandidate }),
    tx.candidateSkill.count({ where: byCandidate }),
    tx.candidateOccupationWish.count({ where: byCandidate }),
    tx.candidateWorkAreaWish.count({ where: byCandidate }),
    tx.candidateTargetGroup.count({ where: byCandidate }),
    tx.consent.count({ where: byCandidate }),
    tx.workReadinessAssessment.count({ where: byCandidate }),
    tx.helpRequest.count({ where: byCandidate }),
    tx.proposal.count({ where: byCandidate }),
    tx.placement.count({ where: byCandidate }),
    tx.instrumentApplication.count({ where: byPlacement }),
    tx.aftercareCheck.count({ where: byPlacement }),
    tx.placementSignal.count({ where: byPlacement }),
    tx.handover.count({ where: byCandidate }),
    tx.caseNote.count({ where: byCandidate }),
    tx.ownershipTransfer.count({ where: byCandidate }),
    tx.vacancyInterest.count({ where: byCandidate }),
    tx.eventRegistration.count({ where: userId ? { OR: [byCandidate, { userId }] } : byCandidate }),
    tx.sroiDelivery.count({ where: byCandidate }),
    userId ? tx.notification.count({ where: { userId } }) : 0,
    tx.deletionRequest.count({ where: byCandidate }),
    tx.auditLog.count({ where: byCandidate }),
  ]);
  return {
    candidate: 1,
    account: userId ? 1 : 0,
    cv, skills, occupationWishes, workAreaWishes, targetGroups, consents, assessments, helpRequests, proposals, placements, instruments,
    aftercareChecks, signals, handovers, caseNotes, ownershipTransfers, interests, eventRegistrations, sroiDeliveries, notifications,
    deletionRequests, auditLog,
  };
}
