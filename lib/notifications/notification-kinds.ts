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
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationMessage = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string;
};
