import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationDelivery, Role } from "@/generated/prisma/enums";
import { deliveryFor } from "@/lib/notification-preferences/delivery-for";
import { isNotificationKind, NOTIFICATION_CATALOGUE } from "@/lib/notifications/notification-catalogue";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { notificationsPageFor } from "@/lib/notifications/notifications-page";
import { enqueueMail } from "./enqueue-mail";
import { renderMail, type MailContent } from "./render-mail";

type KindMail = { subject: string; paragraphs: readonly string[]; actionLabel: string };

const LOG_IN = "Log in op het portaal van het Werkcentrum om te zien wat er voor u klaarstaat.";

/**
 * The mail of every notification kind: fixed Dutch text that only says something is waiting, never the
 * notification's title or body, no names (decision 015, 020). A `Record` over all kinds, so a new kind
 * without a mail does not compile. `forRole` where recipients of different roles read the event differently.
 */
export const NOTIFICATION_MAILS: Record<NotificationKind, KindMail & { forRole?: Partial<Record<Role, KindMail>> }> = {
  "vacancy.received": {
    subject: "Een nieuwe vacature wacht op uw intake",
    paragraphs: ["Een werkgever van u heeft een vacature aangemeld in het portaal van het Werkcentrum.", "Log in om de vacature te bekijken en de intake te plannen."],
    actionLabel: "Bekijk de vacatures",
  },
  "vacancy.handedOver": {
    subject: "Er is een vacature aan u overgedragen",
    paragraphs: ["Een accountmanager heeft een vacature aan u overgedragen om kandidaten voor te zoeken.", LOG_IN],
    actionLabel: "Bekijk de vacatures",
  },
  "vacancy.interest": {
    subject: "Een kandidaat van u heeft interesse in een vacature",
    paragraphs: ["Een van uw kandidaten heeft in het portaal aangegeven interesse te hebben in een vacature.", LOG_IN],
    actionLabel: "Bekijk uw kandidaten",
  },
  "caseNote.added": {
    subject: "Nieuwe aantekening aan de matchtafel",
    paragraphs: ["Een collega heeft een aantekening geschreven bij een vacature waar u bij betrokken bent.", LOG_IN],
    actionLabel: "Bekijk de vacatures",
  },
  "question.asked": {
    subject: "Een werkgever heeft een vraag voor u",
    paragraphs: ["Een werkgever van u heeft een vraag gesteld in het portaal van het Werkcentrum.", "Log in om de vraag te lezen en te beantwoorden."],
    actionLabel: "Naar uw inbox",
  },
  "question.answered": {
    subject: "Uw vraag is beantwoord",
    paragraphs: ["Uw accountmanager heeft uw vraag beantwoord in het portaal van het Werkcentrum.", "Log in om het antwoord te lezen."],
    actionLabel: "Bekijk uw vragen",
  },
  "appointment.booked": {
    subject: "Er is een afspraak met u gemaakt",
    paragraphs: ["Een werkgever heeft een afspraak met u ingepland in het portaal van het Werkcentrum.", "Log in om de afspraak te bekijken."],
    actionLabel: "Bekijk uw afspraken",
  },
  "appointment.cancelled": {
    subject: "Een afspraak is afgezegd",
    paragraphs: ["Een afspraak in het portaal van het Werkcentrum is afgezegd.", "Log in om te zien om welke afspraak het gaat."],
    actionLabel: "Bekijk uw afspraken",
  },
  "event.changed": {
    subject: "Een evenement is gewijzigd",
    paragraphs: ["Een evenement waarvoor u bent aangemeld is gewijzigd, bijvoorbeeld de datum, de tijd of de plaats.", "Log in om de nieuwe gegevens te bekijken."],
    actionLabel: "Bekijk de evenementen",
  },
  "contact.doubleApproach": {
    subject: "Een collega had contact met een werkgever van u",
    paragraphs: ["Een collega heeft een contactmoment vastgelegd met een werkgever die u beheert.", LOG_IN],
    actionLabel: "Bekijk uw werkgevers",
  },
  "organisation.ownershipTransferred": {
    subject: "Een werkgever is overgedragen",
    paragraphs: ["Het beheer van een werkgever is overgedragen, aan u of door u.", LOG_IN],
    actionLabel: "Bekijk uw werkgevers",
  },
  "organisation.assigned": {
    subject: "Er is een nieuwe werkgever aan u toegewezen",
    paragraphs: ["Een nieuwe werkgever heeft zich aangemeld en is aan u toegewezen.", LOG_IN],
    actionLabel: "Bekijk uw werkgevers",
  },
  "organisation.joinRequested": {
    subject: "Een aanvraag wacht op uw besluit",
    paragraphs: ["Iemand wil zich aansluiten bij een werkgever die u beheert.", "Log in om de aanvraag te bekijken en te beslissen."],
    actionLabel: "Bekijk de aanvragen",
  },
  "organisation.joinDecided": {
    subject: "Er is besloten over uw aanvraag",
    paragraphs: ["Er is besloten over uw aanvraag om u aan te sluiten bij een organisatie in het portaal van het Werkcentrum.", "Log in om het besluit te bekijken."],
    actionLabel: "Naar het portaal",
  },
  "sroi.deliveryReported": {
    subject: "Een werkgever heeft een SROI-prestatie gemeld",
    paragraphs: ["Een werkgever van u heeft een SROI-prestatie gemeld die op uw beoordeling wacht.", LOG_IN],
    actionLabel: "Bekijk uw werkgevers",
  },
  "sroi.deliveryReviewed": {
    subject: "Uw SROI-melding is beoordeeld",
    paragraphs: ["Uw accountmanager heeft een SROI-prestatie beoordeeld die u had gemeld.", "Log in om de beoordeling te bekijken."],
    actionLabel: "Bekijk uw SROI-dossiers",
  },
  "candidate.ownershipTransferred": {
    subject: "Een kandidaat is overgedragen",
    paragraphs: ["De begeleiding van een kandidaat is overgedragen, aan u of door u.", LOG_IN],
    actionLabel: "Bekijk uw kandidaten",
  },
  "helpRequest.accepted": {
    subject: "Uw aanmelding is opgepakt",
    paragraphs: ["Een bemiddelaar van het Werkcentrum heeft uw aanmelding opgepakt en gaat u verder helpen.", "Log in om te zien wie u helpt."],
    actionLabel: "Naar het portaal",
  },
  "helpRequest.escalated": {
    subject: "Een aanmelding is niet op tijd opgepakt",
    paragraphs: ["Een aanmelding van een inwoner is niet binnen de afgesproken termijn opgepakt.", "Log in om de wachtrij te bekijken."],
    actionLabel: "Bekijk de aanmeldingen",
    forRole: {
      REGIONAL_STAFF: {
        subject: "Een aanmelding is niet op tijd opgepakt",
        paragraphs: ["Een aanmelding bij een partnerorganisatie in de regio is niet binnen de afgesproken termijn opgepakt.", "Log in om het overzicht te bekijken."],
        actionLabel: "Naar het dashboard",
      },
    },
  },
  "proposal.consentRequested": {
    subject: "Wij vragen uw toestemming",
    paragraphs: ["Uw bemiddelaar wil u voordragen bij een werkgever en vraagt daarvoor uw toestemming.", "Log in om te bekijken wat er gedeeld wordt en uw keuze te maken."],
    actionLabel: "Bekijk uw toestemmingen",
  },
  "proposal.created": {
    subject: "Er is een kandidaat voorgedragen bij een werkgever van u",
    paragraphs: ["Een bemiddelaar heeft een kandidaat voorgedragen voor een vacature van een werkgever die u beheert.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
  },
  "proposal.shared": {
    subject: "Een voordracht wacht op de werkgever",
    paragraphs: ["De kandidaat heeft toestemming gegeven en de voordracht is gedeeld met de werkgever.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
    forRole: {
      EMPLOYER: {
        subject: "Er is een kandidaat voor u voorgedragen",
        paragraphs: ["Het Werkcentrum heeft een kandidaat voorgedragen voor een van uw vacatures.", "Log in om de voordracht te bekijken en te laten weten of u de kandidaat wilt uitnodigen."],
        actionLabel: "Bekijk de voordrachten",
      },
    },
  },
  "proposal.consentDeclined": {
    subject: "Een voordracht gaat niet door",
    paragraphs: ["Een kandidaat heeft geen toestemming gegeven voor een voordracht.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
  },
  "proposal.answered": {
    subject: "Een werkgever heeft op een voordracht gereageerd",
    paragraphs: ["Een werkgever heeft gereageerd op een voordracht van u.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
  },
  "proposal.interviewOutcome": {
    subject: "De uitkomst van een gesprek is bekend",
    paragraphs: ["De uitkomst van een sollicitatiegesprek bij een voordracht van u is vastgelegd.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
  },
  "proposal.reminder": {
    subject: "Een voordracht wacht op uw reactie",
    paragraphs: ["Er staat een voordracht voor een van uw vacatures klaar waarop u nog niet hebt gereageerd.", "Log in om de voordracht te bekijken en te reageren."],
    actionLabel: "Bekijk de voordrachten",
  },
  "proposal.unanswered": {
    subject: "Een werkgever reageert niet op een voordracht",
    paragraphs: ["Een werkgever die u beheert heeft nog niet gereageerd op een voordracht.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
  },
  "proposal.consentRevoked": {
    subject: "Een kandidaat heeft toestemming ingetrokken",
    paragraphs: ["Een kandidaat heeft de toestemming voor een voordracht ingetrokken.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
  },
  "proposal.withdrawn": {
    subject: "Een voordracht is ingetrokken",
    paragraphs: ["Een voordracht voor een van uw vacatures is ingetrokken.", LOG_IN],
    actionLabel: "Bekijk de voordrachten",
  },
  "placement.recorded": {
    subject: "Er is een plaatsing vastgelegd",
    paragraphs: ["Er is een plaatsing vastgelegd in het portaal van het Werkcentrum.", LOG_IN],
    actionLabel: "Bekijk de plaatsingen",
    forRole: {
      JOBSEEKER: {
        subject: "Goed nieuws over uw werk",
        paragraphs: ["Uw bemiddelaar heeft vastgelegd dat u aan het werk gaat.", "Log in om te zien wat er voor u klaarstaat."],
        actionLabel: "Naar het portaal",
      },
    },
  },
  "placement.instrumentChanged": {
    subject: "Een regeling bij een plaatsing is gewijzigd",
    paragraphs: ["Bij een plaatsing is een regeling, zoals een subsidie of proefplaatsing, gewijzigd.", LOG_IN],
    actionLabel: "Bekijk de plaatsingen",
  },
  "placement.ended": {
    subject: "Een plaatsing is beëindigd",
    paragraphs: ["Een plaatsing is beëindigd in het portaal van het Werkcentrum.", LOG_IN],
    actionLabel: "Bekijk de plaatsingen",
  },
  "placement.sustainable": {
    subject: "Een plaatsing is duurzaam",
    paragraphs: ["Een plaatsing waar u bij betrokken bent, duurt nu lang genoeg om als duurzaam te tellen.", LOG_IN],
    actionLabel: "Bekijk de plaatsingen",
  },
  "placement.signal": {
    subject: "Een signaal over een plaatsing",
    paragraphs: ["Een bemiddelaar heeft een signaal gemeld over een plaatsing bij een werkgever die u beheert.", LOG_IN],
    actionLabel: "Bekijk de plaatsingen",
  },
  "aftercare.due": {
    subject: "Tijd voor nazorg",
    paragraphs: ["Er staat een nazorgcontact over een plaatsing gepland.", LOG_IN],
    actionLabel: "Bekijk de plaatsingen",
    forRole: {
      EMPLOYER: {
        subject: "Hoe bevalt de plaatsing?",
        paragraphs: ["Het Werkcentrum hoort graag hoe het gaat met een plaatsing bij uw organisatie.", "Log in om uw ervaring door te geven."],
        actionLabel: "Bekijk de plaatsingen",
      },
    },
  },
  "aftercare.lowScore": {
    subject: "Een werkgever is minder tevreden over een plaatsing",
    paragraphs: ["Een werkgever die u beheert heeft bij de nazorg een lage waardering gegeven.", LOG_IN],
    actionLabel: "Bekijk de plaatsingen",
  },
  "handover.consentRequested": {
    subject: "Wij vragen uw toestemming",
    paragraphs: ["Uw bemiddelaar wil u laten helpen door een andere organisatie en vraagt daarvoor uw toestemming.", "Log in om te bekijken wat dat betekent en uw keuze te maken."],
    actionLabel: "Bekijk uw toestemmingen",
  },
  "handover.consentDeclined": {
    subject: "Een overdracht gaat niet door",
    paragraphs: ["Een kandidaat heeft geen toestemming gegeven voor een warme overdracht.", LOG_IN],
    actionLabel: "Bekijk de overdrachten",
  },
  "handover.requested": {
    subject: "Een warme overdracht wacht op uw team",
    paragraphs: [
      "Er is een warme overdracht voor uw team binnengekomen in het portaal van het Werkcentrum.",
      "Log in om de overdracht te bekijken en op tijd aan te nemen of af te wijzen.",
    ],
    actionLabel: "Bekijk de overdrachten",
    forRole: {
      JOBSEEKER: {
        subject: "U wordt verder geholpen door een andere organisatie",
        paragraphs: ["Uw bemiddelaar heeft een andere organisatie gevraagd u verder te helpen.", "Log in om te zien wat er voor u klaarstaat."],
        actionLabel: "Naar het portaal",
      },
    },
  },
  "handover.accepted": {
    subject: "Een overdracht is aangenomen",
    paragraphs: ["Een warme overdracht is aangenomen.", LOG_IN],
    actionLabel: "Bekijk de overdrachten",
    forRole: {
      JOBSEEKER: {
        subject: "Er is iemand die u verder helpt",
        paragraphs: ["Een nieuwe bemiddelaar gaat u verder helpen.", "Log in om te zien wie dat is."],
        actionLabel: "Naar het portaal",
      },
    },
  },
  "handover.refused": {
    subject: "Een overdracht is afgewezen",
    paragraphs: ["Een warme overdracht van u is afgewezen.", LOG_IN],
    actionLabel: "Bekijk de overdrachten",
  },
  "handover.bounced": {
    subject: "Een overdracht is niet op tijd opgepakt",
    paragraphs: ["Een warme overdracht is niet op tijd opgepakt en teruggekomen.", LOG_IN],
    actionLabel: "Bekijk de overdrachten",
    forRole: {
      JOBSEEKER: {
        subject: "Een overdracht is niet doorgegaan",
        paragraphs: ["De overdracht naar een andere organisatie is niet doorgegaan. Uw eigen bemiddelaar blijft u helpen.", "Log in om te zien wat er voor u klaarstaat."],
        actionLabel: "Naar het portaal",
      },
    },
  },
  "handover.cancelled": {
    subject: "Een overdracht is ingetrokken",
    paragraphs: ["Een warme overdracht is ingetrokken.", LOG_IN],
    actionLabel: "Bekijk de overdrachten",
    forRole: {
      JOBSEEKER: {
        subject: "Een overdracht gaat niet door",
        paragraphs: ["De overdracht naar een andere organisatie gaat niet door. Uw eigen bemiddelaar blijft u helpen.", "Log in om te zien wat er voor u klaarstaat."],
        actionLabel: "Naar het portaal",
      },
    },
  },
  "privacy.deletionRequested": {
    subject: "Een verzoek om verwijdering wacht op u",
    paragraphs: ["Een inwoner heeft gevraagd om gegevens te verwijderen. Zo'n verzoek moet binnen de wettelijke termijn worden afgehandeld.", "Log in om het verzoek te behandelen."],
    actionLabel: "Bekijk de privacyverzoeken",
  },
  "privacy.deletionRefused": {
    subject: "Uw verzoek om verwijdering is beoordeeld",
    paragraphs: ["Het Werkcentrum heeft uw verzoek om verwijdering van uw gegevens beoordeeld.", "Log in om de uitkomst en de reden te lezen."],
    actionLabel: "Bekijk uw privacygegevens",
  },
};

/** The mail of one kind for a recipient of this role; its button leads to the role's page for that kind. */
export function notificationMailContent(kind: NotificationKind, role: Role): MailContent {
  const mail = NOTIFICATION_MAILS[kind].forRole?.[role] ?? NOTIFICATION_MAILS[kind];
  const path = NOTIFICATION_CATALOGUE[kind].recipients[role] ?? notificationsPageFor(role);
  return { subject: mail.subject, paragraphs: [...mail.paragraphs], action: { label: mail.actionLabel, path } };
}

type StoredNotification = { id: string; userId: string; kind: string };

/**
 * Honours each recipient's choice for the stored notifications, in the caller's transaction: DIRECT → an
 * outbox mail now (dedupe key `notification:<id>`), DAILY → an entry for the daily digest, OFF → nothing.
 * Disabled users get nothing. Returns how many direct mails were added, so the caller can deliver them soon.
 */
export async function enqueueNotificationMails(tx: Prisma.TransactionClient, notifications: StoredNotification[]): Promise<{ direct: number; daily: number }> {
  const known = notifications.filter((notification): notification is StoredNotification & { kind: NotificationKind } => isNotificationKind(notification.kind));
  if (known.length === 0) return { direct: 0, daily: 0 };
  const userIds = [...new Set(known.map((notification) => notification.userId))];
  const users = await tx.user.findMany({ where: { id: { in: userIds }, disabledAt: null }, select: { id: true, email: true, role: true } });
  const preferences = await tx.notificationPreference.findMany({
    where: { userId: { in: userIds }, kind: { in: [...new Set(known.map((notification) => notification.kind))] } },
    select: { userId: true, kind: true, delivery: true },
  });
  const userOf = new Map(users.map((user) => [user.id, user]));
  const chosen = new Map<string, NotificationDelivery>(preferences.map((row) => [`${row.userId}:${row.kind}`, row.delivery]));

  let direct = 0;
  const daily: { notificationId: string; userId: string; kind: string }[] = [];
  for (const notification of known) {
    const user = userOf.get(notification.userId);
    if (!user) continue;
    const delivery = deliveryFor(notification.kind, chosen.get(`${user.id}:${notification.kind}`));
    if (delivery === "DIRECT") {
      const mail = renderMail(notificationMailContent(notification.kind, user.role));
      if (await enqueueMail(tx, { dedupeKey: `notification:${notification.id}`, kind: notification.kind, to: user.email, mail })) direct += 1;
    } else if (delivery === "DAILY") {
      daily.push({ notificationId: notification.id, userId: user.id, kind: notification.kind });
    }
  }
  if (daily.length > 0) await tx.notificationDigestEntry.createMany({ data: daily, skipDuplicates: true });
  return { direct, daily: daily.length };
}
