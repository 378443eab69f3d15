import type { HandoverStatus } from "@/generated/prisma/enums";

/** Why a handover can no longer be accepted or refused, in Dutch. */
export function notPendingMessage(status: HandoverStatus): string {
  switch (status) {
    case "ACCEPTED":
    case "REFUSED":
      return "Over deze overdracht is al beslist, misschien door een collega. Vernieuw de pagina.";
    case "BOUNCED":
      return "De termijn van deze overdracht is verlopen. De kandidaat is terug bij de verzender.";
    case "CANCELLED":
      return "De verzender heeft deze overdracht ingetrokken.";
    case "AWAITING_CONSENT":
      return "De inwoner heeft nog geen toestemming gegeven voor deze overdracht.";
    case "CONSENT_DECLINED":
      return "De inwoner heeft geen toestemming gegeven voor deze overdracht.";
    case "PENDING":
      return "Deze overdracht wacht op uw team.";
  }
}
