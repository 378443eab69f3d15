import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

/**
 * Ends every session of a user at once (after a password change, a role change, or on request):
 * revokes all session rows and bumps sessionVersion, so a token from before either change is refused.
 */
export async function endAllSessions(userId: string, options: { db?: Pick<PrismaClient, "user" | "userSession"> } = {}): Promise<void> {
  const db = options.db ?? prisma;
  await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
