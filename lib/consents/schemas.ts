import { z } from "zod";

/** Consent forms on /werkzoekende/toestemmingen. No server imports: used by the buttons too. */
export const CONSENT_NOT_FOUND_MESSAGE = "Deze toestemming is niet gevonden. Vernieuw de pagina en probeer het opnieuw.";

export const revokeConsentSchema = z.object({
  consentId: z.string({ error: CONSENT_NOT_FOUND_MESSAGE }).trim().min(1, CONSENT_NOT_FOUND_MESSAGE).max(40, CONSENT_NOT_FOUND_MESSAGE),
});
export type RevokeConsentInput = z.output<typeof revokeConsentSchema>;

/** Granting partner sharing needs no input: the purpose is fixed and the candidate is the caller's own. */
export const grantPartnerSharingSchema = z.object({});
