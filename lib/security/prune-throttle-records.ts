import "server-only";
import { prisma } from "@/lib/db";

/** Far longer than any throttle window (the longest is one hour), so pruning never changes a decision. */
export const THROTTLE_RECORD_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Job `security.pruneThrottleRecords`: deletes the sign-in, second-factor, reset, invitation and
 * current-password attempt rows older than a day. They hold keyed hashes or ids only, but data kept without a
 * purpose is still data kept (AVG art. 5), and the tables would otherwise grow with every attempt.
 */
export async function pruneThrottleRecords(now: Date): Promise<Record<string, number>> {
  const before = { lt: new Date(now.getTime() - THROTTLE_RECORD_RETENTION_MS) };
  const [login, secondFactor, passwordReset, invitation, currentPassword] = await prisma.$transaction([
    prisma.loginAttempt.deleteMany({ where: { createdAt: before } }),
    prisma.secondFactorAttempt.deleteMany({ where: { createdAt: before } }),
    prisma.passwordResetRequest.deleteMany({ where: { createdAt: before } }),
    prisma.invitationAttempt.deleteMany({ where: { createdAt: before } }),
    prisma.currentPasswordFailure.deleteMany({ where: { createdAt: before } }),
  ]);
  return { login: login.count, secondFactor: secondFactor.count, passwordReset: passwordReset.count, invitation: invitation.count, currentPassword: currentPassword.count };
}
