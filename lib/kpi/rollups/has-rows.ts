import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { RollupFact } from "./fact";
import { periodBetween } from "./fact-sql";
import { addMonths, isoDay } from "./months";

/**
 * Whether any source row of the fact falls in the month (one probe of the period column's index).
 * The job skips empty months: the dashboard counts a month without roll-ups live in one range, which
 * costs next to nothing when it is empty, and a row added later is then simply counted.
 */
export async function monthHasRows(fact: RollupFact, month: Date): Promise<boolean> {
  const withClause = fact.with ? Prisma.sql`WITH ${fact.with({ from: month, to: addMonths(month, 1) })}` : Prisma.empty;
  const [row] = await prisma.$queryRaw<{ found: boolean }[]>(Prisma.sql`
    ${withClause} SELECT EXISTS (SELECT 1 ${fact.from} WHERE ${periodBetween(fact, isoDay(month), isoDay(addMonths(month, 1)))}) AS "found"`);
  return row?.found === true;
}
