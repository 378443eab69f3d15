import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { derivedKey } from "./derived-key";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's Base32: no I, L, O or U, so a code read aloud or typed over is hard to get wrong.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 10; // 50 bits each

/** One new code, shown as "ABCDE-FGHJK". A byte modulo 32 is uniform (256 is a multiple of 32). */
function newRecoveryCode(): string {
  const chars = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/**
 * A typed recovery code in its canonical form, or null when it cannot be one: case, spaces and the
 * hyphen do not matter, and O/I/L are read as 0/1/1 as Crockford's Base32 prescribes.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const canonical = typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return canonical.length === LENGTH && [...canonical].every((char) => ALPHABET.includes(char)) ? canonical : null;
}

/** What is stored: a keyed hash (HMAC-SHA256), so a leaked table cannot be tested against guesses without the secret. */
export function hashRecoveryCode(canonical: string): string {
  return createHmac("sha256", derivedKey("werkcentrum:recovery-code:v1")).update(canonical).digest("hex");
}
