import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RollupFact } from "./fact";
import { factVersion } from "./fact-version";

/**
 * The KpiRollupUnit row `alias` may be read at `now`: built by this definition of the fact and the
 * current generation, not in the future of a moved demo clock, and before its first deadline.
 * (Its existence already means no relevant source row changed since: the triggers delete it.)
 */
export function validUnitCondition(fact: RollupFact, now: Date, alias = "s"): Prisma.Sql {
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  const s = Prisma.raw(alias);
  return Prisma.sql`${s}."fact" = ${fact.id} AND ${s}."version" = ${factVersion(fact)}
    AND ${s}."generation" = COALESCE((SELECT f."generation" FROM "KpiRollupFact" f WHERE f."fact" = ${fact.id}), 0)
    AND ${s}."computedAt" <= ${at} AND (${s}."validUntil" IS NULL OR ${s}."validUntil" > ${at})`;
}
