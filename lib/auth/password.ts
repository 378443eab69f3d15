import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2; // Algorithm.Argon2id; the enum is ambient const and cannot be imported under isolatedModules

// OWASP's argon2id baseline (m=19 MiB, t=2, p=1).
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Every hash this app writes starts so; anything else ("!…") stands for "no password" and never matches. */
export const USABLE_PASSWORD_HASH_PREFIX = "$argon2";

/**
 * The stored value of an account that has no password yet (O1: invited, the invitation not yet accepted).
 * No password matches it, so such an account cannot sign in.
 */
export const NO_PASSWORD_HASH = "!geen-wachtwoord";

export function isUsablePasswordHash(passwordHash: string): boolean {
  return passwordHash.startsWith(USABLE_PASSWORD_HASH_PREFIX);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!isUsablePasswordHash(passwordHash)) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
