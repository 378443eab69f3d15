import type { EmailTokenPurpose } from "@/generated/prisma/enums";

// The same token format as the reset link: 32 random bytes in base64url, only the SHA-256 hash stored.
export { hashResetToken as hashEmailToken, isWellFormedResetToken as isWellFormedEmailToken, newResetToken as newEmailToken } from "@/lib/password-reset/reset-token";

/** How long a confirmation link works. */
export const EMAIL_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** At most this many confirmation mails per account and purpose per hour (resend, or a new address). */
export const EMAIL_TOKEN_LIMIT = { maxPerWindow: 3, windowMs: 60 * 60 * 1000 };

export const EMAIL_TOKEN_PATH = "/e-mail-bevestigen";

export type { EmailTokenPurpose };
