import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RollupFact } from "./fact";

/**
 * The fact's current generation, read before a rebuild reads anything else: if a change bumps it
 * during the rebuild, the rebuilt unit carries the old generation and is simply not read.
 */
export async function readGeneration(tx: Prisma.TransactionClient, fact: RollupFact): Promise<number> {
  const [row] = await tx.$queryRaw<{ generation: number }[]>`
    SELECT COALESCE((SELECT "generation" FROM "KpiRollupFact" WHERE "fact" = ${fact.id}), 0)::int AS "generation"`;
  return row?.generation ?? 0;
}
