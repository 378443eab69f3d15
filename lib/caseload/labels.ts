import type { ConsentPurpose } from "@/generated/prisma/enums";

/** What each consent purpose means, as a bemiddelaar reads it in the dossier. */
export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  SHARE_WITH_PARTNERS: "Profiel delen met de partners van het Werkcentrum",
  SHARE_WITH_EMPLOYER: "Profiel delen met een werkgever",
  SHARE_WITH_PARTNER_ON_HANDOVER: "Gegevens delen met een partner bij warme overdracht",
};

/** "Ja, sinds 3 maart 2026" / "Nee" as a short werkfit text. */
export const WORK_READY_LABELS = { yes: "Werkfit", no: "Nog niet werkfit" } as const;
