import { SECOND_FACTOR_INVALID_MESSAGE, SECOND_FACTOR_THROTTLED_MESSAGE } from "../login-messages";

/** The refusals of the second-factor pages; each says what to do next. The code checks say what the login says. */
export const WRONG_CODE_MESSAGE = "Deze code klopt niet of is al gebruikt. Vul de code in die uw app nu toont.";
export const WRONG_CURRENT_CODE_MESSAGE = SECOND_FACTOR_INVALID_MESSAGE;
export const TOO_MANY_CODES_MESSAGE = SECOND_FACTOR_THROTTLED_MESSAGE;
export const ALREADY_ON_MESSAGE = "Tweestapsverificatie staat al aan.";
export const NOT_ON_MESSAGE = "Tweestapsverificatie staat niet aan.";
export const ENROLMENT_EXPIRED_MESSAGE = "Het instellen is verlopen. Vernieuw de pagina en scan de nieuwe QR-code.";
export const MUST_KEEP_MESSAGE = "Voor uw rol is tweestapsverificatie verplicht; u kunt deze niet uitzetten.";
export const DEMO_EXEMPT_MESSAGE =
  "Dit is een demo-account: in deze demo logt het in met alleen het wachtwoord. Tweestapsverificatie instellen kan daarom niet bij dit account; maak een eigen account aan om het te proberen.";
/** On /inloggen and the 2FA pages in demo mode only: who is exempt. */
export const DEMO_MODE_NOTE =
  "Dit is een demo. De zes demo-accounts loggen hier in met alleen het wachtwoord, zonder tweestapsverificatie. Alle andere accounts van medewerkers stellen bij de eerste keer inloggen tweestapsverificatie in.";
