import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

/** Ends every session of a user at once (after a password change, a role change, or on request). */
export async function endAllSessions(userId: string, options: { db?: Pick<PrismaClient, "user"> } = {}): Promise<void> {
  await (options.db ?? prisma).user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
