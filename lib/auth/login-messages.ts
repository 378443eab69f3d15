/** The login's answers. The same sentence for an unknown account and a wrong password, on purpose. */
export const INVALID_CREDENTIALS_MESSAGE = "De combinatie van e-mailadres en wachtwoord klopt niet.";
/** The wait is never longer than a minute (decision 022), so the sentence can promise that. */
export const TOO_MANY_ATTEMPTS_MESSAGE = "Te veel mislukte pogingen. Wacht even (hoogstens een minuut) en probeer het dan opnieuw.";
export const LOGIN_FAILED_MESSAGE = "Inloggen lukt nu niet. Probeer het later opnieuw.";

export const SECOND_FACTOR_REQUIRED_MESSAGE = "Vul de code uit uw authenticator-app in om verder te gaan.";
export const SECOND_FACTOR_INVALID_MESSAGE =
  "Deze code klopt niet of is al gebruikt. Vul de code in die uw app nu toont (die verandert elke 30 seconden), of een herstelcode die u nog niet gebruikte.";
export const SECOND_FACTOR_THROTTLED_MESSAGE =
  "Te veel onjuiste codes na elkaar. Wacht even (hoogstens een kwartier) en probeer het dan opnieuw.";

/** The error codes the credentials provider throws; next-auth passes them to the client. */
export const TOO_MANY_ATTEMPTS_CODE = "TooManyAttempts";
/** The password is right and the account has a second factor: the form asks for the code (second step). */
export const SECOND_FACTOR_REQUIRED_CODE = "SecondFactorRequired";
export const SECOND_FACTOR_INVALID_CODE = "SecondFactorInvalid";
export const SECOND_FACTOR_THROTTLED_CODE = "SecondFactorThrottled";

const MESSAGES: Record<string, string> = {
  [TOO_MANY_ATTEMPTS_CODE]: TOO_MANY_ATTEMPTS_MESSAGE,
  [SECOND_FACTOR_REQUIRED_CODE]: SECOND_FACTOR_REQUIRED_MESSAGE,
  [SECOND_FACTOR_INVALID_CODE]: SECOND_FACTOR_INVALID_MESSAGE,
  [SECOND_FACTOR_THROTTLED_CODE]: SECOND_FACTOR_THROTTLED_MESSAGE,
};

/** next-auth's error code from `signIn()` → the sentence the login form shows. */
export function loginErrorMessage(code: string | null | undefined): string {
  if (code && Object.hasOwn(MESSAGES, code)) return MESSAGES[code]!;
  if (code === "CredentialsSignin") return INVALID_CREDENTIALS_MESSAGE;
  return LOGIN_FAILED_MESSAGE;
}
