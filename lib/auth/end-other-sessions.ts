import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

type Db = Pick<PrismaClient, "userSession">;

/**
 * Ends every session of a user except the one in use (ASVS 5.0 7.4.3: after a change of authentication
 * factors the other sessions end). The sessionVersion stays, so the current session lives on.
 */
export async function endOtherSessions(userId: string, keepSessionId: string | null, options: { db: Db; now?: Date }): Promise<void> {
  await options.db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: options.now ?? new Date() },
  });
}
