/** One sentence for an unknown, malformed, expired or used link, and for an address taken meanwhile (decision 019). */
export const EMAIL_LINK_INVALID_MESSAGE =
  "Deze link om uw e-mailadres te bevestigen werkt niet (meer). Een link werkt 24 uur en maar één keer. Log in en vraag een nieuwe link aan.";
export const EMAIL_VERIFIED_MESSAGE = "Uw e-mailadres is bevestigd. Wat u bij ons aanmeldt, komt nu bij de juiste medewerkers terecht.";
export const EMAIL_CHANGED_MESSAGE = "Uw e-mailadres is gewijzigd. U bent op alle apparaten uitgelogd; log in met uw nieuwe e-mailadres.";
export const VERIFICATION_MAIL_SENT_MESSAGE = "Wij hebben u een nieuwe e-mail gestuurd. Open de link in die e-mail om uw e-mailadres te bevestigen.";
export const VERIFICATION_TOO_MANY_MESSAGE = "U heeft al een paar keer een nieuwe e-mail gevraagd. Probeer het over een uur opnieuw.";
/** The /inloggen query parameter that shows EMAIL_CHANGED_MESSAGE. */
export const EMAIL_CHANGED_PARAM = "e-mailadres-gewijzigd";
