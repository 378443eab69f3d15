export const WRONG_CURRENT_PASSWORD_MESSAGE = "Dit is niet uw huidige wachtwoord.";
export const TOO_MANY_WRONG_PASSWORDS_MESSAGE =
  "U heeft te vaak een verkeerd huidig wachtwoord ingevuld. Probeer het over een kwartier opnieuw.";
export const SAME_PASSWORD_MESSAGE = "Kies een ander wachtwoord dan uw huidige.";
export const SAME_EMAIL_MESSAGE = "Dit is al uw e-mailadres.";
/** The one answer to a request for a new address, whether or not another account has it (no account enumeration). */
export const EMAIL_CHANGE_REQUESTED_MESSAGE =
  "Wij hebben een e-mail met een link naar het nieuwe adres gestuurd. Open die link binnen 24 uur; pas dan logt u in met het nieuwe adres.";
export const EMAIL_CHANGE_TOO_MANY_MESSAGE = "U heeft al een paar keer een nieuw e-mailadres opgegeven. Probeer het over een uur opnieuw.";
/** The /inloggen query parameter that shows PASSWORD_CHANGED_MESSAGE. */
export const PASSWORD_CHANGED_PARAM = "wachtwoord-aangepast";
export const PASSWORD_CHANGED_MESSAGE = "Uw wachtwoord is gewijzigd en u bent op alle apparaten uitgelogd. Log in met uw nieuwe wachtwoord.";
