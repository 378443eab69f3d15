import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

/** At most 10 attempts to accept an invitation per IP address per 15 minutes: a person needs one or two. */
export const INVITATION_IP_LIMIT = { maxAttempts: 10, windowMs: 15 * 60 * 1000 };

type Db = Pick<PrismaClient, "invitationAttempt">;

/**
 * True (and the attempt counted) when the client IP (its keyed hash, `ipKeyFor`) is under the limit.
 * Checked before the token is looked up and long before a password is hashed.
 */
export async function admitInvitationAttempt(ipKey: string, options: { db?: Db; now?: Date } = {}): Promise<boolean> {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const recent = await db.invitationAttempt.count({ where: { ipKey, createdAt: { gt: new Date(now.getTime() - INVITATION_IP_LIMIT.windowMs) } } });
  if (recent >= INVITATION_IP_LIMIT.maxAttempts) return false;
  await db.invitationAttempt.create({ data: { ipKey, createdAt: now } });
  return true;
}
