import type { HandoverStatus } from "@/generated/prisma/enums";
import type { StatusTone } from "@/lib/status-tone";

/** Status words for professionals. */
export const HANDOVER_STATUS_LABELS: Record<HandoverStatus, string> = {
  AWAITING_CONSENT: "Wacht op toestemming inwoner",
  CONSENT_DECLINED: "Geen toestemming",
  CANCELLED: "Ingetrokken",
  PENDING: "Wacht op de partner",
  ACCEPTED: "Aangenomen",
  REFUSED: "Afgewezen",
  BOUNCED: "Teruggekomen (niet op tijd aangenomen)",
};

export const HANDOVER_STATUS_TONES: Record<HandoverStatus, StatusTone> = {
  AWAITING_CONSENT: "info",
  CONSENT_DECLINED: "neutral",
  CANCELLED: "neutral",
  PENDING: "info",
  ACCEPTED: "success",
  REFUSED: "warning",
  BOUNCED: "danger",
};

/** "Sanne B." (also for "de Boer": tussenvoegsels left out) — what the receiving team sees before it accepts. */
export function shortName(firstName: string, lastName: string): string {
  const initial = (lastName.trim().split(/\s+/).pop() ?? "").charAt(0).toUpperCase();
  return initial ? `${firstName} ${initial}.` : firstName;
}
