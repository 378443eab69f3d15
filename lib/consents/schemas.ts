import { z } from "zod";

/** Consent forms on /werkzoekende/toestemmingen. No server imports: used by the buttons too. */
export const CONSENT_NOT_FOUND_MESSAGE = "Deze toestemming is niet gevonden. Vernieuw de pagina en probeer het opnieuw.";

export const revokeConsentSchema = z.object({
  consentId: z.string({ error: CONSENT_NOT_FOUND_MESSAGE }).trim().min(1, CONSENT_NOT_FOUND_MESSAGE).max(40, CONSENT_NOT_FOUND_MESSAGE),
});
export type RevokeConsentInput = z.output<typeof revokeConsentSchema>;

/** Granting partner sharing needs no input: the purpose is fixed and the candidate is the caller's own. */
export const grantPartnerSharingSchema = z.object({});

/** The resident's answer to a pending consent request (a proposal to an employer, or a handover to a partner). */
export const answerConsentRequestSchema = z.object({
  consentId: z.string({ error: CONSENT_NOT_FOUND_MESSAGE }).trim().min(1, CONSENT_NOT_FOUND_MESSAGE).max(40, CONSENT_NOT_FOUND_MESSAGE),
  answer: z.enum(["GRANT", "DECLINE"], { error: "Kies ja of nee." }),
});
export type AnswerConsentRequestInput = z.output<typeof answerConsentRequestSchema>;

export const ALREADY_ANSWERED_MESSAGE = "U heeft dit verzoek al beantwoord. Vernieuw de pagina om de stand te zien.";
export const REQUEST_EXPIRED_MESSAGE = "Dit verzoek geldt niet meer. Uw bemiddelaar heeft het gestopt of het is verlopen. Er is niets veranderd.";
