import "server-only";
import { createHmac } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { requireAuthSecret } from "./secret";

/** At most 100 failed logins per account per hour: slows password guessing to a crawl. */
export const ACCOUNT_LIMIT = { maxFailures: 100, windowMs: 60 * 60 * 1000 };
/** At most 20 failed logins per IP address per 15 minutes: stops one client spraying many accounts. */
export const IP_LIMIT = { maxFailures: 20, windowMs: 15 * 60 * 1000 };

type Db = Pick<PrismaClient, "loginAttempt">;

/** Emails are stored and looked up in this form. */
export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

// The table keeps keyed hashes only: a leaked table reveals neither addresses nor IPs, and without
// the secret nobody can test a guessed address against it (a plain SHA-256 could be brute-forced).
function keyed(kind: "account" | "ip", value: string): string {
  return createHmac("sha256", requireAuthSecret()).update(`login-throttle:${kind}:${value}`).digest("hex");
}

export function accountKeyFor(email: string): string {
  return keyed("account", normaliseEmail(email));
}

export function ipKeyFor(ip: string | null | undefined): string {
  return keyed("ip", ip?.trim() || "unknown");
}

export type ThrottleKeys = { accountKey: string; ipKey: string };

/** True when either the account or the IP address has too many recent failures. */
export async function isLoginThrottled(keys: ThrottleKeys, options: { db?: Db; now?: Date } = {}): Promise<boolean> {
  const db = options.db ?? prisma;
  const now = (options.now ?? new Date()).getTime();
  const [accountFailures, ipFailures] = await Promise.all([
    db.loginAttempt.count({
      where: { accountKey: keys.accountKey, success: false, createdAt: { gt: new Date(now - ACCOUNT_LIMIT.windowMs) } },
    }),
    db.loginAttempt.count({
      where: { ipKey: keys.ipKey, success: false, createdAt: { gt: new Date(now - IP_LIMIT.windowMs) } },
    }),
  ]);
  return accountFailures >= ACCOUNT_LIMIT.maxFailures || ipFailures >= IP_LIMIT.maxFailures;
}

export async function recordLoginAttempt(keys: ThrottleKeys & { success: boolean }, options: { db?: Db } = {}): Promise<void> {
  await (options.db ?? prisma).loginAttempt.create({ data: keys });
}

/** Attempts older than the longest window no longer count; a daily job may remove them. */
export async function pruneLoginAttempts(options: { db?: Db; now?: Date } = {}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - 24 * 60 * 60 * 1000);
  const { count } = await (options.db ?? prisma).loginAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
