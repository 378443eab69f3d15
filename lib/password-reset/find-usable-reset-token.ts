import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { hashResetToken, isWellFormedResetToken } from "./reset-token";

/** A token that can still be used: unused, not expired, of an active account. */
export function usableResetTokenWhere(tokenHash: string, now: Date): Prisma.PasswordResetTokenWhereInput {
  return { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } };
}

/**
 * The stored token behind a link when it can still be used: well formed, known, unused, not expired and of
 * an active account. Otherwise null, whichever of those failed; a malformed value never reaches the database.
 */
export async function findUsableResetToken(token: unknown, options: { now?: Date } = {}): Promise<{ id: string; userId: string } | null> {
  if (!isWellFormedResetToken(token)) return null;
  const now = options.now ?? new Date();
  return prisma.passwordResetToken.findFirst({
    where: usableResetTokenWhere(hashResetToken(token), now),
    select: { id: true, userId: true },
  });
}
