import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { RollupFact } from "./fact";
import { readGeneration } from "./read-generation";
import { addMonths, daysOfMonth, isoDay } from "./months";
import { tryLockDays } from "./try-lock-days";
import { validUnitCondition } from "./valid-unit";
import { writeUnits } from "./write-units";

class NotReady extends Error {}

/**
 * Builds a month roll-up of a fact by adding up its day roll-ups (no source rows are read), when every
 * day of the month has a valid one. The month is valid from the latest of the days' build times until
 * the earliest of their deadlines. "not-ready" when a day is missing or a writer holds one.
 */
export async function buildFactMonth(fact: RollupFact, month: Date, now: Date): Promise<"done" | "not-ready"> {
  const days = daysOfMonth(month);
  const from = isoDay(month);
  const to = isoDay(addMonths(month, 1));
  const sums = Prisma.join(fact.measures(now).map((_, index) => Prisma.sql`sum(r."measures"[${Prisma.raw(String(index + 1))}])`));
  try {
    await prisma.$transaction(
      async (tx) => {
        if (!(await tryLockDays(tx, fact, days))) throw new NotReady();
        const generation = await readGeneration(tx, fact);
        const [state] = await tx.$queryRaw<{ days: number; computedAt: Date | null; validUntil: Date | null }[]>`
          SELECT count(*)::int AS "days", max(s."computedAt") AS "computedAt", min(s."validUntil") AS "validUntil"
          FROM "KpiRollupUnit" s
          WHERE s."grain" = 'day' AND s."start" >= ${from}::date AND s."start" < ${to}::date AND ${validUnitCondition(fact, now)}`;
        if (!state || state.days !== days.length || !state.computedAt) throw new NotReady();
        await tx.$executeRaw`DELETE FROM "KpiRollupRow" WHERE "fact" = ${fact.id} AND "grain" = 'month' AND "start" = ${from}::date`;
        await tx.$executeRaw`
          INSERT INTO "KpiRollupRow" ("fact", "grain", "start", "municipalityCode", "workAreaId", "occupationClassCode", "partnerId", "measures")
          SELECT ${fact.id}, 'month', ${from}::date, r."municipalityCode", r."workAreaId", r."occupationClassCode", r."partnerId", ARRAY[${sums}]::int[]
          FROM "KpiRollupRow" r
          WHERE r."fact" = ${fact.id} AND r."grain" = 'day' AND r."start" >= ${from}::date AND r."start" < ${to}::date
          GROUP BY 4, 5, 6, 7`;
        await writeUnits(tx, fact, "month", generation, [{ start: from, computedAt: state.computedAt, validUntil: state.validUntil }]);
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    return "done";
  } catch (error) {
    if (error instanceof NotReady) return "not-ready";
    throw error;
  }
}
