import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { RollupFact } from "./fact";

/** The UTC day of the fact's earliest source row (an index lookup), or null without rows. Not for facts with a `with`. */
export async function firstDayOf(fact: RollupFact): Promise<Date | null> {
  const [row] = await prisma.$queryRaw<{ first: string | null }[]>(
    Prisma.sql`SELECT to_char(min(${Prisma.raw(fact.periodColumn)}), 'YYYY-MM-DD') AS "first" ${fact.from}`,
  );
  return row?.first ? new Date(`${row.first}T00:00:00.000Z`) : null;
}
