import "server-only";
import { prisma } from "@/lib/db";
import { ROLLUP_FACTS } from "../facts";
import { buildFactMonth } from "./build-fact-month";
import type { RollupFact } from "./fact";
import { firstDayOf } from "./first-day";
import { monthHasRows } from "./has-rows";
import { addMonths, daysOfMonth, isoDay, startOfDay, startOfMonth } from "./months";
import { refreshFactDays } from "./refresh-fact-days";
import { validUnitCondition } from "./valid-unit";

/** How far back the job keeps roll-ups: the dashboard's year choices with their previous year. */
export const ROLLUP_MONTHS_BACK = 48;

/**
 * The kpi.refreshRollups job: for the last ROLLUP_MONTHS_BACK months (all months for a fact that is
 * read since its first row), rebuilds from the source rows every closed day (before today, UTC) whose
 * roll-up is missing or no longer valid, then adds up the days of every closed month into a month
 * roll-up. Months without source rows are skipped. Idempotent:
 * a second run finds nothing to do. Today is never rolled up; the dashboard computes it live.
 */
export async function refreshKpiRollups(now: Date, facts: readonly RollupFact[] = ROLLUP_FACTS): Promise<Record<string, number>> {
  const today = startOfDay(now);
  const currentMonth = startOfMonth(now);
  const window = addMonths(currentMonth, -ROLLUP_MONTHS_BACK);
  const result: Record<string, number> = { days: 0, months: 0, busy: 0 };
  for (const fact of facts) {
    // Older rows too (the banenafspraak total counts every placement ever), from the first one.
    const firstDay = fact.allHistory ? await firstDayOf(fact) : null;
    const first = firstDay && firstDay < window ? startOfMonth(firstDay) : window;
    const valid = await validUnits(fact, first, now);
    for (let month = first; month <= currentMonth; month = addMonths(month, 1)) {
      if (valid.has(`month:${isoDay(month)}`) || !(await monthHasRows(fact, month))) continue;
      const stale = daysOfMonth(month).filter((day) => day < today && !valid.has(`day:${isoDay(day)}`));
      for (const run of consecutiveRuns(stale)) {
        if ((await refreshFactDays(fact, run, now)) === "busy") result.busy! += 1;
        else result.days! += run.length;
      }
      if (addMonths(month, 1) <= today && (await buildFactMonth(fact, month, now)) === "done") result.months! += 1;
    }
  }
  return result;
}

async function validUnits(fact: RollupFact, from: Date, now: Date): Promise<Set<string>> {
  const rows = await prisma.$queryRaw<{ key: string }[]>`
    SELECT s."grain" || ':' || to_char(s."start", 'YYYY-MM-DD') AS "key" FROM "KpiRollupUnit" s
    WHERE s."start" >= ${isoDay(from)}::date AND ${validUnitCondition(fact, now)}`;
  return new Set(rows.map((row) => row.key));
}

/** Splits ascending days into runs of consecutive days (one rebuild statement each). */
export function consecutiveRuns(days: Date[]): Date[][] {
  const runs: Date[][] = [];
  for (const day of days) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && day.getTime() - last.getTime() === 24 * 60 * 60 * 1000) run.push(day);
    else runs.push([day]);
  }
  return runs;
}
