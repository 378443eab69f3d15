import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { ThrottleKeys } from "@/lib/auth/login-throttle";

/** At most 3 reset mails per address per hour: the link is only needed once, and no mailbox gets flooded. */
export const RESET_ACCOUNT_LIMIT = { maxRequests: 3, windowMs: 60 * 60 * 1000 };
/** At most 10 requests per IP address per hour: stops one client probing or mail-bombing many addresses. */
export const RESET_IP_LIMIT = { maxRequests: 10, windowMs: 60 * 60 * 1000 };

type Db = Pick<PrismaClient, "passwordResetRequest">;

/**
 * True (and the request counted) when neither the address nor the IP address is over its limit. Checked
 * before the account is looked up, for known and unknown addresses alike, so the limit reveals nothing
 * about which accounts exist.
 */
export async function admitResetRequest(keys: ThrottleKeys, options: { db?: Db; now?: Date } = {}): Promise<boolean> {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const [accountRequests, ipRequests] = await Promise.all([
    db.passwordResetRequest.count({ where: { accountKey: keys.accountKey, createdAt: { gt: new Date(now.getTime() - RESET_ACCOUNT_LIMIT.windowMs) } } }),
    db.passwordResetRequest.count({ where: { ipKey: keys.ipKey, createdAt: { gt: new Date(now.getTime() - RESET_IP_LIMIT.windowMs) } } }),
  ]);
  if (accountRequests >= RESET_ACCOUNT_LIMIT.maxRequests || ipRequests >= RESET_IP_LIMIT.maxRequests) return false;
  await db.passwordResetRequest.create({ data: { ...keys, createdAt: now } });
  return true;
}
