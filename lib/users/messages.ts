/** One sentence for an unknown, malformed, expired, used or revoked invitation link: which one it was tells nobody anything. */
export const INVITATION_LINK_INVALID_MESSAGE =
  "Deze uitnodiging werkt niet (meer). Een uitnodiging werkt 72 uur en maar één keer. Vraag de beheerder van het Werkcentrum om een nieuwe uitnodiging.";
export const INVITATION_TOO_MANY_ATTEMPTS_MESSAGE = "Er is te vaak geprobeerd een uitnodiging te gebruiken. Probeer het over een kwartier opnieuw.";
export const INVITATION_ACCEPTED_MESSAGE = "Uw wachtwoord is ingesteld. U kunt nu inloggen met uw e-mailadres en het nieuwe wachtwoord.";
/** The /inloggen query parameter that shows INVITATION_ACCEPTED_MESSAGE. */
export const INVITATION_ACCEPTED_PARAM = "account-geactiveerd";

export const EMAIL_TAKEN_MESSAGE = "Er is al een account met dit e-mailadres. Zoek het op in de lijst met gebruikers.";
export const UNKNOWN_PARTNER_MESSAGE = "Kies een partnerorganisatie uit de lijst, of geen.";
export const UNKNOWN_WORK_AREA_MESSAGE = "Kies werkgebieden uit de lijst.";
export const OWN_ROLE_MESSAGE = "U kunt uw eigen rol niet wijzigen. Vraag een andere beheerder om dat te doen.";
export const OWN_ACCOUNT_DISABLE_MESSAGE = "U kunt uw eigen account niet blokkeren. Vraag een andere beheerder om dat te doen.";
export const LAST_ADMIN_MESSAGE =
  "Dit is de laatste actieve beheerder. Geef eerst een ander account de rol Beheerder, anders kan niemand het portaal meer beheren.";
export const NO_OPEN_INVITATION_MESSAGE = "Dit account heeft geen openstaande uitnodiging.";
export const ALREADY_ACTIVATED_MESSAGE = "Deze gebruiker heeft al een wachtwoord ingesteld; een uitnodiging is niet meer nodig.";
export const DISABLED_USER_INVITATION_MESSAGE = "Deblokkeer het account eerst; een geblokkeerd account kan geen uitnodiging krijgen.";
