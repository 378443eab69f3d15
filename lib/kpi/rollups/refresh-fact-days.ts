import "server-only";
import { prisma } from "@/lib/db";
import type { RollupFact } from "./fact";
import { readGeneration } from "./read-generation";
import { addDays, isoDay } from "./months";
import { refreshStatements } from "./refresh-statements";
import { tryLockDays } from "./try-lock-days";
import { writeUnits } from "./write-units";

class Busy extends Error {}

/**
 * Rebuilds consecutive days of a fact from its source rows, as of `now`, in one transaction: their
 * day roll-up rows and a KpiRollupUnit row per day (also for a day without rows). "busy" when a writer
 * holds one of the days; nothing is written then and the next run tries again.
 */
export async function refreshFactDays(fact: RollupFact, days: Date[], now: Date): Promise<"done" | "busy"> {
  if (days.length === 0) return "done";
  const from = days[0]!;
  const { rows, validUntil } = refreshStatements(fact, from, addDays(days[days.length - 1]!, 1), now);
  const isoDays = days.map(isoDay);
  try {
    await prisma.$transaction(
      async (tx) => {
        if (!(await tryLockDays(tx, fact, days))) throw new Busy();
        const generation = await readGeneration(tx, fact);
        await tx.$executeRaw`DELETE FROM "KpiRollupRow" WHERE "fact" = ${fact.id} AND "grain" = 'day' AND "start" = ANY(${isoDays}::date[])`;
        await tx.$executeRaw(rows);
        const deadlines = validUntil ? await tx.$queryRaw<{ day: string; validUntil: Date | null }[]>(validUntil) : [];
        const deadlineOf = new Map(deadlines.map((row) => [row.day, row.validUntil]));
        await writeUnits(tx, fact, "day", generation, isoDays.map((start) => ({ start, computedAt: now, validUntil: deadlineOf.get(start) ?? null })));
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
    return "done";
  } catch (error) {
    if (error instanceof Busy) return "busy";
    throw error;
  }
}
