import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RollupFact } from "./fact";
import { dayLockKey } from "./months";

/**
 * Takes the exclusive advisory lock of each day (the triggers take it shared when they mark a day as
 * changed). Never waits: false when a writer holds one, and the caller gives up until the next run.
 * Not waiting means the job can never be part of a deadlock with a user's transaction.
 */
export async function tryLockDays(tx: Prisma.TransactionClient, fact: RollupFact, days: Date[]): Promise<boolean> {
  const keys = days.map(dayLockKey).sort((a, b) => a - b);
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT bool_and(pg_try_advisory_xact_lock(hashtext(${`kpi-rollup:${fact.id}`}), k)) AS "locked"
    FROM unnest(${keys}::int[]) AS k`;
  return row?.locked === true;
}
