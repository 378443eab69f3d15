import type { DeclineReason, ProposalStatus } from "@/generated/prisma/enums";

/** Status names for professionals and employers. */
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  AWAITING_CONSENT: "Wacht op toestemming",
  CONSENT_DECLINED: "Geen toestemming",
  PROPOSED: "Voorgedragen",
  INVITED: "Uitgenodigd voor gesprek",
  DECLINED: "Afgewezen",
  INTERVIEW_POSITIVE: "Gesprek positief",
  INTERVIEW_NEGATIVE: "Gesprek negatief",
  PLACED: "Geplaatst",
  WITHDRAWN: "Ingetrokken",
};

/** The same statuses in plain words for the resident (B1). */
export const PROPOSAL_STATUS_RESIDENT_LABELS: Record<ProposalStatus, string> = {
  AWAITING_CONSENT: "Wij wachten op uw toestemming",
  CONSENT_DECLINED: "U gaf geen toestemming",
  PROPOSED: "De werkgever bekijkt uw gegevens",
  INVITED: "De werkgever nodigt u uit voor een gesprek",
  DECLINED: "De werkgever kiest niet voor u",
  INTERVIEW_POSITIVE: "Het gesprek ging goed",
  INTERVIEW_NEGATIVE: "Het gesprek leidde niet tot werk",
  PLACED: "U heeft deze baan",
  WITHDRAWN: "Gestopt door uw bemiddelaar",
};

export const PROPOSAL_STATUS_TONES: Record<ProposalStatus, "neutral" | "info" | "success" | "warning" | "danger"> = {
  AWAITING_CONSENT: "warning",
  CONSENT_DECLINED: "neutral",
  PROPOSED: "info",
  INVITED: "info",
  DECLINED: "danger",
  INTERVIEW_POSITIVE: "success",
  INTERVIEW_NEGATIVE: "danger",
  PLACED: "success",
  WITHDRAWN: "neutral",
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  SKILLS: "Onvoldoende vaardigheden",
  AVAILABILITY: "Beschikbaarheid",
  HOURS: "Uren",
  DISTANCE: "Afstand",
  FILLED_OTHERWISE: "Vacature anders vervuld",
  OTHER: "Anders",
};

export const PROPOSAL_STATUSES = Object.keys(PROPOSAL_STATUS_LABELS) as ProposalStatus[];

/** Statuses the bemiddelaar may still withdraw from. */
export const OPEN_PROPOSAL_STATUSES = ["AWAITING_CONSENT", "PROPOSED", "INVITED", "INTERVIEW_POSITIVE"] as const satisfies readonly ProposalStatus[];

/** Statuses after which the same pair may be proposed again (the row is reopened). */
export const REOPENABLE_PROPOSAL_STATUSES = ["CONSENT_DECLINED", "WITHDRAWN"] as const satisfies readonly ProposalStatus[];

/** A placement may be recorded from these statuses (H2 builds the page). */
export const PLACEABLE_PROPOSAL_STATUSES = ["INVITED", "INTERVIEW_POSITIVE"] as const satisfies readonly ProposalStatus[];

export function isOpenProposalStatus(status: ProposalStatus): boolean {
  return (OPEN_PROPOSAL_STATUSES as readonly ProposalStatus[]).includes(status);
}

/** Working days the employer has to answer a shared proposal (E5). */
export const RESPONSE_WORKING_DAYS = 10;
