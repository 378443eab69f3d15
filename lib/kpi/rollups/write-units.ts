import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RollupFact } from "./fact";
import { factVersion } from "./fact-version";

export type RollupUnit = { start: string; computedAt: Date; validUntil: Date | null };

/** Marks rebuilt days or a month as readable (KpiRollupUnit), stamped with this definition and `generation`. */
export async function writeUnits(tx: Prisma.TransactionClient, fact: RollupFact, grain: "day" | "month", generation: number, units: RollupUnit[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "KpiRollupUnit" ("fact", "grain", "start", "version", "generation", "computedAt", "validUntil")
    SELECT ${fact.id}, ${grain}, u."start", ${factVersion(fact)}, ${generation}, u."computedAt", u."validUntil"
    FROM unnest(${units.map((unit) => unit.start)}::date[], ${units.map((unit) => unit.computedAt.toISOString())}::timestamp[],
                ${units.map((unit) => unit.validUntil?.toISOString() ?? null)}::timestamp[]) AS u("start", "computedAt", "validUntil")
    ON CONFLICT ("fact", "grain", "start") DO UPDATE SET "version" = EXCLUDED."version", "generation" = EXCLUDED."generation",
      "computedAt" = EXCLUDED."computedAt", "validUntil" = EXCLUDED."validUntil"`;
}
