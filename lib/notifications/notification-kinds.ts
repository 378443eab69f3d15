/** Every kind of notification the portal sends; the Dutch title is built by the caller. */
export const NOTIFICATION_KINDS = [
  "vacancy.received",
  "vacancy.handedOver",
  "question.asked",
  "question.answered",
  "appointment.booked",
  "appointment.cancelled",
  "contact.doubleApproach",
  "organisation.ownershipTransferred",
  "organisation.assigned",
  "organisation.joinRequested",
  "organisation.joinDecided",
  "candidate.ownershipTransferred",
  "helpRequest.accepted",
  "helpRequest.escalated",
  "proposal.consentRequested",
  "proposal.created",
  "proposal.shared",
  "proposal.consentDeclined",
  "proposal.answered",
  "proposal.interviewOutcome",
  "proposal.reminder",
  "proposal.unanswered",
  "proposal.consentRevoked",
  "proposal.withdrawn",
  "placement.recorded",
  "placement.instrumentChanged",
  "placement.ended",
  "placement.sustainable",
  "placement.signal",
  "aftercare.due",
  "aftercare.lowScore",
  "handover.consentRequested",
  "handover.consentDeclined",
  "handover.requested",
  "handover.accepted",
  "handover.refused",
  "handover.bounced",
  "handover.cancelled",
  "caseNote.added",
  "vacancy.interest",
  "privacy.deletionRequested",
  "sroi.deliveryReported",
  "sroi.deliveryReviewed",
  "privacy.deletionRefused",
  "event.changed",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationMessage = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string;
};
