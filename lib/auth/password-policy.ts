import { z } from "zod";

/**
 * The password policy (ASVS 5.0 6.2.1 and 6.2.4): at least 12 characters, and not one of the common
 * passwords of the list shipped in @zxcvbn-ts/language-common (no network look-up). One schema for
 * every place that sets a password. No server imports: the registration forms import this file's
 * constants, so the list (~380 kB) is loaded on first check, never at import, and stays out of the
 * browser bundle.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_TOO_SHORT_MESSAGE = `Kies een wachtwoord van minimaal ${PASSWORD_MIN_LENGTH} tekens.`;
export const PASSWORD_TOO_COMMON_MESSAGE = "Dit wachtwoord is te bekend; kies een ander.";

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common").then(
    ({ dictionary }) => new Set(dictionary["passwords-common"].map((password) => password.toLowerCase())),
  );
  return commonPasswords;
}

/** True when the password (compared in lower case) is on the common-passwords list. */
export async function isCommonPassword(password: string): Promise<boolean> {
  return (await loadCommonPasswords()).has(password.toLowerCase());
}

export type PasswordProblem = "TOO_SHORT" | "TOO_COMMON";

/** Why the policy refuses a password, or null when it is acceptable. */
export async function passwordPolicyProblem(password: string): Promise<PasswordProblem | null> {
  if (password.length < PASSWORD_MIN_LENGTH) return "TOO_SHORT";
  if (await isCommonPassword(password)) return "TOO_COMMON";
  return null;
}

/**
 * A new password, with Dutch messages next to the field. Asynchronous (the list loads on first use):
 * parse with `parseAsync`/`safeParseAsync`; next-safe-action does so itself.
 */
export const passwordSchema = z
  .string({ error: "Kies een wachtwoord." })
  .min(1, "Kies een wachtwoord.")
  .min(PASSWORD_MIN_LENGTH, PASSWORD_TOO_SHORT_MESSAGE)
  .max(PASSWORD_MAX_LENGTH, `Een wachtwoord heeft maximaal ${PASSWORD_MAX_LENGTH} tekens.`)
  .refine((value) => value.trim().length === value.length, { error: "Begin of eindig uw wachtwoord niet met een spatie." })
  .refine((value) => new Set(value).size >= 5, { error: "Gebruik meer verschillende tekens in uw wachtwoord." })
  .refine(async (value) => !(await isCommonPassword(value)), { error: PASSWORD_TOO_COMMON_MESSAGE });
