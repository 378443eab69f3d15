/** The one answer to every reset request, whether or not the address has an account (no account enumeration). */
export const RESET_REQUESTED_MESSAGE =
  "Als er een account bij dit e-mailadres hoort, ontvangt u binnen enkele minuten een e-mail met een link.";
export const RESET_TOO_MANY_REQUESTS_MESSAGE = "U heeft te vaak een nieuwe link gevraagd. Probeer het over een uur opnieuw.";
/** One sentence for an unknown, malformed, expired or used link: which one it was tells an attacker nothing useful. */
export const RESET_LINK_INVALID_MESSAGE =
  "Deze link om uw wachtwoord te herstellen werkt niet (meer). Een link werkt 30 minuten en maar één keer. Vraag een nieuwe link aan.";
export const PASSWORD_RESET_DONE_MESSAGE = "Uw wachtwoord is gewijzigd. U kunt nu inloggen met uw nieuwe wachtwoord.";
/** The /inloggen query parameter that shows PASSWORD_RESET_DONE_MESSAGE. */
export const PASSWORD_RESET_DONE_PARAM = "wachtwoord-gewijzigd";
