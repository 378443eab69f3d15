import { hashResetToken, newResetToken } from "@/lib/password-reset/reset-token";
import { INVITATION_TOKEN_PATTERN } from "./schemas";

/** How long an invitation link works: 72 hours. */
export const INVITATION_LIFETIME_MS = 72 * 60 * 60 * 1000;

/** The same kind of token as a reset link: 32 random bytes in base64url; only its SHA-256 hash is stored. */
export const newInvitationToken = newResetToken;
export const hashInvitationToken = hashResetToken;

/** True for a string that can be a token at all; anything else is refused before touching the database. */
export function isWellFormedInvitationToken(token: unknown): token is string {
  return typeof token === "string" && INVITATION_TOKEN_PATTERN.test(token);
}
