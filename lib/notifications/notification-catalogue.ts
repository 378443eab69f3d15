import type { NotificationDelivery, Role } from "@/generated/prisma/enums";
import type { NotificationKind } from "./notification-kinds";

/** The groups a user sees on /account/meldingen and in the daily digest ("3 nieuwe meldingen over voordrachten"). */
export const NOTIFICATION_CATEGORIES = {
  vacancies: { label: "Vacatures", digestPhrase: "vacatures" },
  employers: { label: "Werkgevers en relatiebeheer", digestPhrase: "werkgevers en relatiebeheer" },
  questions: { label: "Vragen, afspraken en evenementen", digestPhrase: "vragen, afspraken en evenementen" },
  candidates: { label: "Kandidaten en aanmeldingen", digestPhrase: "kandidaten en aanmeldingen" },
  proposals: { label: "Voordrachten", digestPhrase: "voordrachten" },
  placements: { label: "Plaatsingen en nazorg", digestPhrase: "plaatsingen en nazorg" },
  handovers: { label: "Overdrachten", digestPhrase: "overdrachten" },
  privacy: { label: "Privacy", digestPhrase: "privacy" },
} as const;

export type NotificationCategory = keyof typeof NOTIFICATION_CATEGORIES;

export type NotificationKindDefinition = {
  category: NotificationCategory;
  /** What the user chooses about, on /account/meldingen: plain Dutch, no names. */
  label: string;
  /**
   * Every role that receives this kind (see the `notify` calls), with the portal page its mail links to:
   * a list page without ids, where the usual authorization applies.
   */
  recipients: Partial<Record<Role, string>>;
  /**
   * When the user chose nothing (decision 020): DIRECT where someone waits for the recipient or a date
   * or deadline is at stake; DAILY for everything that informs.
   */
  defaultDelivery: Exclude<NotificationDelivery, "OFF">;
};

/**
 * Every notification kind: its group, who receives it and its default. A `Record` over all kinds, so a new
 * kind without an entry (and without a mail in lib/mail/notification-mails.ts) does not compile.
 */
export const NOTIFICATION_CATALOGUE: Record<NotificationKind, NotificationKindDefinition> = {
  "vacancy.received": {
    category: "vacancies",
    label: "Een werkgever van u heeft een vacature aangemeld",
    recipients: { ACCOUNT_MANAGER: "/professional/vacatures" },
    defaultDelivery: "DAILY",
  },
  "vacancy.handedOver": {
    category: "vacancies",
    label: "Een vacature is aan u overgedragen",
    recipients: { JOB_MEDIATOR: "/professional/vacatures" },
    defaultDelivery: "DAILY",
  },
  "vacancy.interest": {
    category: "vacancies",
    label: "Een kandidaat van u heeft interesse in een vacature",
    recipients: { JOB_MEDIATOR: "/professional/kandidaten" },
    defaultDelivery: "DAILY",
  },
  "caseNote.added": {
    category: "vacancies",
    label: "Nieuwe aantekening aan de matchtafel",
    recipients: { ACCOUNT_MANAGER: "/professional/vacatures", JOB_MEDIATOR: "/professional/vacatures" },
    defaultDelivery: "DAILY",
  },
  "question.asked": {
    category: "questions",
    label: "Een werkgever heeft een vraag gesteld",
    recipients: { ACCOUNT_MANAGER: "/professional/inbox" },
    defaultDelivery: "DIRECT",
  },
  "question.answered": {
    category: "questions",
    label: "Uw vraag is beantwoord",
    recipients: { EMPLOYER: "/werkgever/vragen" },
    defaultDelivery: "DIRECT",
  },
  "appointment.booked": {
    category: "questions",
    label: "Een werkgever heeft een afspraak met u gemaakt",
    recipients: { ACCOUNT_MANAGER: "/professional/afspraken" },
    defaultDelivery: "DIRECT",
  },
  "appointment.cancelled": {
    category: "questions",
    label: "Een afspraak is afgezegd",
    recipients: { ACCOUNT_MANAGER: "/professional/afspraken", EMPLOYER: "/werkgever/afspraken" },
    defaultDelivery: "DIRECT",
  },
  "event.changed": {
    category: "questions",
    label: "Een evenement waarvoor u bent aangemeld is gewijzigd",
    recipients: { EMPLOYER: "/evenementen", JOBSEEKER: "/evenementen" },
    defaultDelivery: "DIRECT",
  },
  "contact.doubleApproach": {
    category: "employers",
    label: "Een collega had contact met een werkgever van u",
    recipients: { ACCOUNT_MANAGER: "/professional/werkgevers" },
    defaultDelivery: "DAILY",
  },
  "organisation.ownershipTransferred": {
    category: "employers",
    label: "Een werkgever is aan u of door u overgedragen",
    recipients: { ACCOUNT_MANAGER: "/professional/werkgevers" },
    defaultDelivery: "DAILY",
  },
  "organisation.assigned": {
    category: "employers",
    label: "Een nieuwe werkgever is aan u toegewezen",
    recipients: { ACCOUNT_MANAGER: "/professional/werkgevers" },
    defaultDelivery: "DAILY",
  },
  "organisation.joinRequested": {
    category: "employers",
    label: "Iemand wil zich aansluiten bij een werkgever van u",
    recipients: { ACCOUNT_MANAGER: "/professional/aanvragen" },
    defaultDelivery: "DIRECT",
  },
  "organisation.joinDecided": {
    category: "employers",
    label: "Er is besloten over uw aansluiting bij een organisatie",
    recipients: { EMPLOYER: "/werkgever" },
    defaultDelivery: "DIRECT",
  },
  "sroi.deliveryReported": {
    category: "employers",
    label: "Een werkgever heeft een SROI-prestatie gemeld",
    recipients: { ACCOUNT_MANAGER: "/professional/werkgevers" },
    defaultDelivery: "DAILY",
  },
  "sroi.deliveryReviewed": {
    category: "employers",
    label: "Uw SROI-melding is beoordeeld",
    recipients: { EMPLOYER: "/werkgever/sroi" },
    defaultDelivery: "DAILY",
  },
  "candidate.ownershipTransferred": {
    category: "candidates",
    label: "Een kandidaat is aan u of door u overgedragen",
    recipients: { JOB_MEDIATOR: "/professional/kandidaten" },
    defaultDelivery: "DAILY",
  },
  "helpRequest.accepted": {
    category: "candidates",
    label: "Uw aanmelding is opgepakt",
    recipients: { JOBSEEKER: "/werkzoekende" },
    defaultDelivery: "DAILY",
  },
  "helpRequest.escalated": {
    category: "candidates",
    label: "Een aanmelding is niet op tijd opgepakt",
    recipients: { JOB_MEDIATOR: "/professional/kandidaten/aanmeldingen", REGIONAL_STAFF: "/dashboard" },
    defaultDelivery: "DIRECT",
  },
  "proposal.consentRequested": {
    category: "proposals",
    label: "Er wordt om uw toestemming voor een voordracht gevraagd",
    recipients: { JOBSEEKER: "/werkzoekende/toestemmingen" },
    defaultDelivery: "DIRECT",
  },
  "proposal.created": {
    category: "proposals",
    label: "Er is een kandidaat voorgedragen bij een werkgever van u",
    recipients: { ACCOUNT_MANAGER: "/professional/voordrachten" },
    defaultDelivery: "DIRECT",
  },
  "proposal.shared": {
    category: "proposals",
    label: "Een voordracht is gedeeld met de werkgever",
    recipients: { JOB_MEDIATOR: "/professional/voordrachten", EMPLOYER: "/werkgever/voordrachten" },
    defaultDelivery: "DIRECT",
  },
  "proposal.consentDeclined": {
    category: "proposals",
    label: "Een kandidaat gaf geen toestemming voor een voordracht",
    recipients: { JOB_MEDIATOR: "/professional/voordrachten" },
    defaultDelivery: "DAILY",
  },
  "proposal.answered": {
    category: "proposals",
    label: "Een werkgever heeft op een voordracht gereageerd",
    recipients: { JOB_MEDIATOR: "/professional/voordrachten" },
    defaultDelivery: "DAILY",
  },
  "proposal.interviewOutcome": {
    category: "proposals",
    label: "De uitkomst van een sollicitatiegesprek is bekend",
    recipients: { JOB_MEDIATOR: "/professional/voordrachten" },
    defaultDelivery: "DAILY",
  },
  "proposal.reminder": {
    category: "proposals",
    label: "Herinnering: een voordracht wacht op uw reactie",
    recipients: { EMPLOYER: "/werkgever/voordrachten" },
    defaultDelivery: "DIRECT",
  },
  "proposal.unanswered": {
    category: "proposals",
    label: "Een werkgever van u reageert niet op een voordracht",
    recipients: { ACCOUNT_MANAGER: "/professional/voordrachten" },
    defaultDelivery: "DAILY",
  },
  "proposal.consentRevoked": {
    category: "proposals",
    label: "Een kandidaat heeft toestemming ingetrokken",
    recipients: { JOB_MEDIATOR: "/professional/voordrachten" },
    defaultDelivery: "DAILY",
  },
  "proposal.withdrawn": {
    category: "proposals",
    label: "Een voordracht is ingetrokken",
    recipients: { EMPLOYER: "/werkgever/voordrachten" },
    defaultDelivery: "DAILY",
  },
  "placement.recorded": {
    category: "placements",
    label: "Een plaatsing is vastgelegd",
    recipients: { EMPLOYER: "/werkgever/plaatsingen", ACCOUNT_MANAGER: "/professional/plaatsingen", JOBSEEKER: "/werkzoekende" },
    defaultDelivery: "DAILY",
  },
  "placement.instrumentChanged": {
    category: "placements",
    label: "Een regeling bij een plaatsing is gewijzigd",
    recipients: { EMPLOYER: "/werkgever/plaatsingen", ACCOUNT_MANAGER: "/professional/plaatsingen" },
    defaultDelivery: "DAILY",
  },
  "placement.ended": {
    category: "placements",
    label: "Een plaatsing is beëindigd",
    recipients: { EMPLOYER: "/werkgever/plaatsingen", ACCOUNT_MANAGER: "/professional/plaatsingen" },
    defaultDelivery: "DAILY",
  },
  "placement.sustainable": {
    category: "placements",
    label: "Een plaatsing is duurzaam geworden",
    recipients: { JOB_MEDIATOR: "/professional/plaatsingen", ACCOUNT_MANAGER: "/professional/plaatsingen" },
    defaultDelivery: "DAILY",
  },
  "placement.signal": {
    category: "placements",
    label: "Een bemiddelaar meldt een signaal over een plaatsing",
    recipients: { ACCOUNT_MANAGER: "/professional/plaatsingen" },
    defaultDelivery: "DAILY",
  },
  "aftercare.due": {
    category: "placements",
    label: "Een nazorgcontact staat gepland",
    recipients: { EMPLOYER: "/werkgever/plaatsingen", ACCOUNT_MANAGER: "/professional/plaatsingen", JOB_MEDIATOR: "/professional/plaatsingen" },
    defaultDelivery: "DAILY",
  },
  "aftercare.lowScore": {
    category: "placements",
    label: "Een werkgever is minder tevreden over een plaatsing",
    recipients: { ACCOUNT_MANAGER: "/professional/plaatsingen" },
    defaultDelivery: "DAILY",
  },
  "handover.consentRequested": {
    category: "handovers",
    label: "Er wordt om uw toestemming voor een overdracht gevraagd",
    recipients: { JOBSEEKER: "/werkzoekende/toestemmingen" },
    defaultDelivery: "DIRECT",
  },
  "handover.consentDeclined": {
    category: "handovers",
    label: "Een kandidaat gaf geen toestemming voor een overdracht",
    recipients: { JOB_MEDIATOR: "/professional/overdrachten" },
    defaultDelivery: "DAILY",
  },
  "handover.requested": {
    category: "handovers",
    label: "Er is een warme overdracht aangevraagd",
    recipients: { JOB_MEDIATOR: "/professional/overdrachten", JOBSEEKER: "/werkzoekende" },
    defaultDelivery: "DIRECT",
  },
  "handover.accepted": {
    category: "handovers",
    label: "Een overdracht is aangenomen",
    recipients: { JOB_MEDIATOR: "/professional/overdrachten", JOBSEEKER: "/werkzoekende" },
    defaultDelivery: "DAILY",
  },
  "handover.refused": {
    category: "handovers",
    label: "Een overdracht is afgewezen",
    recipients: { JOB_MEDIATOR: "/professional/overdrachten" },
    defaultDelivery: "DAILY",
  },
  "handover.bounced": {
    category: "handovers",
    label: "Een overdracht is niet op tijd opgepakt",
    recipients: { JOB_MEDIATOR: "/professional/overdrachten", JOBSEEKER: "/werkzoekende" },
    defaultDelivery: "DAILY",
  },
  "handover.cancelled": {
    category: "handovers",
    label: "Een overdracht is ingetrokken",
    recipients: { JOB_MEDIATOR: "/professional/overdrachten", JOBSEEKER: "/werkzoekende" },
    defaultDelivery: "DAILY",
  },
  "privacy.deletionRequested": {
    category: "privacy",
    label: "Een inwoner vraagt om verwijdering van gegevens",
    recipients: { ADMIN: "/beheer/privacy" },
    defaultDelivery: "DIRECT",
  },
  "privacy.deletionRefused": {
    category: "privacy",
    label: "Uw verzoek om verwijdering is beoordeeld",
    recipients: { JOBSEEKER: "/werkzoekende/privacy" },
    defaultDelivery: "DAILY",
  },
};

/** The kinds a role can receive, in catalogue order. */
export function kindsForRole(role: Role): NotificationKind[] {
  return (Object.keys(NOTIFICATION_CATALOGUE) as NotificationKind[]).filter((kind) => NOTIFICATION_CATALOGUE[kind].recipients[role] !== undefined);
}

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_CATALOGUE, value);
}
