import "server-only";
import { generateSecret, generateURI, verify } from "otplib";

/** RFC 6238 with the authenticator apps' defaults: SHA-1, 6 digits, 30 seconds. */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side of now: a phone clock a little off, or a code typed just as it changed. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const ISSUER = "Werkcentrum Gooi en Vechtstreek";

export const TOTP_CODE_PATTERN = /^\d{6}$/;

/** A new random secret (20 bytes, Base32, as authenticator apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secret: string, accountLabel: string): string {
  return generateURI({ issuer: ISSUER, label: accountLabel, secret, period: TOTP_PERIOD_SECONDS });
}

/**
 * The time step a 6-digit code matches within ±1 step of `now`, or null. Steps at or before
 * `afterTimeStep` (the last accepted one) are refused, so each code is accepted once.
 */
export async function matchTotpCode(
  secret: string,
  code: string,
  options: { now?: Date; afterTimeStep?: number | null } = {},
): Promise<number | null> {
  if (!TOTP_CODE_PATTERN.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor((options.now ?? new Date()).getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    period: TOTP_PERIOD_SECONDS,
    ...(options.afterTimeStep != null ? { afterTimeStep: options.afterTimeStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** "JBSW Y3DP EHPK 3PXP": the secret in groups of four, for typing it over by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}
