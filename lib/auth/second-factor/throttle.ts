import "server-only";
import { createHmac } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { derivedKey } from "./derived-key";
import { secondFactorWaitMs } from "./throttle-delay";

type Db = Pick<PrismaClient, "secondFactorAttempt">;

/** Failures older than this no longer count; an hour without attempts starts the count again. */
const WINDOW_MS = 60 * 60 * 1000;
/** More failures than this in a row all mean the longest wait; no need to read further back. */
const LOOK_BACK = 20;

/** The attempts table keeps a keyed hash of the user id, as LoginAttempt does for addresses. */
export function secondFactorKeyFor(userId: string): string {
  return createHmac("sha256", derivedKey("werkcentrum:second-factor-throttle:v1")).update(userId).digest("hex");
}

/** Milliseconds until this account may try a code again; 0 when it may try now. */
export async function secondFactorWaitLeft(userId: string, options: { db?: Db; now?: Date } = {}): Promise<number> {
  const db = options.db ?? prisma;
  const now = (options.now ?? new Date()).getTime();
  const recent = await db.secondFactorAttempt.findMany({
    where: { accountKey: secondFactorKeyFor(userId), createdAt: { gt: new Date(now - WINDOW_MS) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LOOK_BACK,
    select: { success: true, createdAt: true },
  });
  const lastSuccess = recent.findIndex((attempt) => attempt.success);
  const failuresInARow = lastSuccess === -1 ? recent.length : lastSuccess;
  const lastFailure = recent[0];
  if (failuresInARow === 0 || !lastFailure) return 0;
  return Math.max(0, lastFailure.createdAt.getTime() + secondFactorWaitMs(failuresInARow) - now);
}

export async function recordSecondFactorAttempt(userId: string, success: boolean, options: { db?: Db; now?: Date } = {}): Promise<void> {
  await (options.db ?? prisma).secondFactorAttempt.create({
    data: { accountKey: secondFactorKeyFor(userId), success, createdAt: options.now ?? new Date() },
  });
}

/** Attempts older than the window no longer count; a daily job may remove them. */
export async function pruneSecondFactorAttempts(options: { db?: Db; now?: Date } = {}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - 24 * 60 * 60 * 1000);
  const { count } = await (options.db ?? prisma).secondFactorAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
