import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

/** Ends one session (logging out): only this session, the user's other devices stay signed in. */
export async function revokeUserSession(sessionId: string, options: { db?: Pick<PrismaClient, "userSession">; now?: Date } = {}): Promise<void> {
  await (options.db ?? prisma).userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: options.now ?? new Date() },
  });
}
