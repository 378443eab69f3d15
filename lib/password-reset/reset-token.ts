import { createHash, randomBytes } from "node:crypto";
import { RESET_TOKEN_PATTERN } from "./schemas";

/** How long a reset link works. */
export const RESET_TOKEN_LIFETIME_MS = 30 * 60 * 1000;

export function newResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored; the plain token exists in the mail alone. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True for a string that can be a token at all; anything else is refused before touching the database. */
export function isWellFormedResetToken(token: unknown): token is string {
  return typeof token === "string" && RESET_TOKEN_PATTERN.test(token);
}
