import "server-only";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { findUsableResetToken, usableResetTokenWhere } from "./find-usable-reset-token";
import { hashResetToken } from "./reset-token";
import { resetPasswordSchema, type ResetPasswordInput } from "./schemas";

export type ResetPasswordResult = { outcome: "changed" } | { outcome: "invalidToken" };

/**
 * Sets a new password with a reset link. In one transaction: the token is claimed (a concurrent use of the
 * same link finds it used), every other reset token of the user is spent, the password changes and all
 * sessions end. An unknown, malformed, expired or used token gives one and the same answer.
 */
export async function resetPassword(input: ResetPasswordInput, options: { now?: Date } = {}): Promise<ResetPasswordResult> {
  const { token, password } = await resetPasswordSchema.parseAsync(input);
  const now = options.now ?? new Date();
  if (!(await findUsableResetToken(token, { now }))) return { outcome: "invalidToken" };

  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: usableResetTokenWhere(hashResetToken(token), now),
      data: { usedAt: now },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (!userId) return { outcome: "invalidToken" } as const;
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endAllSessions(userId, { db: tx });
    return { outcome: "changed" } as const;
  });
}
