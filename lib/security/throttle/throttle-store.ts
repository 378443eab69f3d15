import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ThrottleOutcome } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { delayAfter, type ThrottlePolicy } from "./policies";

export type ThrottleDb = Pick<PrismaClient, "throttleEvent"> | Prisma.TransactionClient;
export type ThrottleOptions = { db?: ThrottleDb; now?: Date };
/** More failures than this all mean the longest delay; no need to read further back. */
const LOOK_BACK = 40;

/** Milliseconds until this key may try again under the policy; 0 when it may try now. */
export async function throttleWaitMs(policy: ThrottlePolicy, key: string, options: ThrottleOptions = {}): Promise<number> {
  const db = options.db ?? prisma;
  const now = (options.now ?? new Date()).getTime();
  const inWindow = { scope: policy.scope, key, createdAt: { gt: new Date(now - policy.windowMs) } };
  if (policy.kind === "quota") {
    const recent = await db.throttleEvent.findMany({ where: inWindow, orderBy: { createdAt: "desc" }, take: policy.max, select: { createdAt: true } });
    const oldestCounted = recent[policy.max - 1];
    return oldestCounted ? Math.max(0, oldestCounted.createdAt.getTime() + policy.windowMs - now) : 0;
  }
  const recent = await db.throttleEvent.findMany({
    where: policy.resetOnSuccess ? inWindow : { ...inWindow, outcome: "FAILURE" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LOOK_BACK,
    select: { outcome: true, createdAt: true },
  });
  const lastSuccess = recent.findIndex((event) => event.outcome !== "FAILURE");
  const failures = lastSuccess === -1 ? recent.length : lastSuccess;
  const lastFailure = recent[0];
  if (failures === 0 || !lastFailure) return 0;
  return Math.max(0, lastFailure.createdAt.getTime() + delayAfter(policy, failures) - now);
}

/** The longest wait of several checks (e.g. the account and the client address). */
export async function longestWaitMs(checks: Array<[ThrottlePolicy, string]>, options: ThrottleOptions = {}): Promise<number> {
  const waits = await Promise.all(checks.map(([policy, key]) => throttleWaitMs(policy, key, options)));
  return Math.max(0, ...waits);
}

export async function recordThrottleEvents(checks: Array<[ThrottlePolicy, string]>, outcome: ThrottleOutcome, options: ThrottleOptions = {}): Promise<void> {
  const createdAt = options.now ?? new Date();
  await (options.db ?? prisma).throttleEvent.createMany({ data: checks.map(([policy, key]) => ({ scope: policy.scope, key, outcome, createdAt })) });
}

export type Admission = { admitted: true } | { admitted: false; waitMs: number };

/**
 * For a request under quotas: admitted (and counted against every check) when none is exhausted. Refused
 * requests are not counted, so a client that keeps trying is let in again as soon as its window allows.
 */
export async function admitRequest(checks: Array<[ThrottlePolicy, string]>, options: ThrottleOptions = {}): Promise<Admission> {
  const waitMs = await longestWaitMs(checks, options);
  if (waitMs > 0) return { admitted: false, waitMs };
  await recordThrottleEvents(checks, "REQUEST", options);
  return { admitted: true };
}

/** The right answer was given: earlier failures of this key no longer count (e.g. the current password). */
export async function clearThrottle(db: ThrottleDb, policy: ThrottlePolicy, key: string): Promise<void> {
  await db.throttleEvent.deleteMany({ where: { scope: policy.scope, key } });
}
