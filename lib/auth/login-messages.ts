/** The login's answers. The same sentence for an unknown account and a wrong password, on purpose. */
export const INVALID_CREDENTIALS_MESSAGE = "De combinatie van e-mailadres en wachtwoord klopt niet.";
export const TOO_MANY_ATTEMPTS_MESSAGE =
  "Te veel mislukte pogingen. Probeer het over een uur opnieuw of neem contact op met het Werkcentrum.";
export const LOGIN_FAILED_MESSAGE = "Inloggen lukt nu niet. Probeer het later opnieuw.";

/** The error code the credentials provider throws when throttled; next-auth passes it to the client. */
export const TOO_MANY_ATTEMPTS_CODE = "TooManyAttempts";

/** next-auth's error code from `signIn()` → the sentence the login form shows. */
export function loginErrorMessage(code: string | null | undefined): string {
  if (code === TOO_MANY_ATTEMPTS_CODE) return TOO_MANY_ATTEMPTS_MESSAGE;
  if (code === "CredentialsSignin") return INVALID_CREDENTIALS_MESSAGE;
  return LOGIN_FAILED_MESSAGE;
}
