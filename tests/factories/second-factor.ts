import { generate } from "otplib";
import { issueRecoveryCodes } from "@/lib/auth/second-factor/issue-recovery-codes";
import { sealTotpSecret } from "@/lib/auth/second-factor/secret-box";
import { newTotpSecret } from "@/lib/auth/second-factor/totp";
import { prisma } from "@/lib/db";

/** Turns a user's second factor on directly (as a finished enrolment would); returns the secret and the recovery codes. */
export async function enableSecondFactor(userId: string, now = new Date()): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = newTotpSecret();
  const recoveryCodes = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: sealTotpSecret(secret, userId), totpEnabledAt: now, totpLastTimeStep: null } });
    return issueRecoveryCodes(tx, userId);
  });
  return { secret, recoveryCodes };
}

/** The code an authenticator app shows at `now` (default: this moment), computed with otplib from the secret. */
export function codeFor(secret: string, now = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
