import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

type Db = Pick<PrismaClient, "user" | "userSession">;

/**
 * Ends every session of a user at once (after a password change, a role change, or on request):
 * revokes all session rows and bumps sessionVersion, so a token from before either change is refused.
 * Pass the caller's transaction as `db`; without one both writes run in a transaction of their own.
 */
export async function endAllSessions(userId: string, options: { db?: Db } = {}): Promise<void> {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const revoke = async (db: Db) => {
    await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  };
  if (options.db) {
    await revoke(options.db);
    return;
  }
  await prisma.$transaction(async (tx) => {
    await revoke(tx);
  });
}
