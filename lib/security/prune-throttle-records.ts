import "server-only";
import { prisma } from "@/lib/db";
import { LONGEST_WINDOW_MS } from "./throttle/policies";

/** Longer than any throttle window (the longest is a day), so pruning never changes a decision. */
export const THROTTLE_RECORD_RETENTION_MS = Math.max(24 * 60 * 60 * 1000, LONGEST_WINDOW_MS) + 60 * 60 * 1000;

/**
 * Job `security.pruneThrottleRecords`: deletes the throttle events (sign-in, second factor, reset, invitation,
 * current password, public forms; decision 022) older than the longest window. They hold keyed hashes only,
 * but data kept without a purpose is still data kept (AVG art. 5), and the table would otherwise grow with
 * every attempt.
 */
export async function pruneThrottleRecords(now: Date): Promise<Record<string, number>> {
  const { count } = await prisma.throttleEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - THROTTLE_RECORD_RETENTION_MS) } } });
  return { throttleEvents: count };
}
