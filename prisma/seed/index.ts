import type { PrismaClient } from "../../generated/prisma/client";
import type { SeedLog } from "./db";
import { seedReferenceData } from "./reference-data";
import { seedDemoData, type DemoSeedResult } from "./demo";

export type SeedOptions = {
  /** Demo accounts and demo data are created only when this is true. */
  demo: boolean;
  log?: SeedLog;
  /** The moment the demo data is relative to (tests pin it); defaults to the current time. */
  now?: Date;
};

export type SeedResult = { demo: DemoSeedResult | null };

/** Seeds reference data (always, idempotent) and, in demo mode, the demo data (once). */
export async function seed(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  await prisma.$transaction(async (tx) => seedReferenceData(tx, log), { timeout: 60_000, maxWait: 10_000 });
  if (!options.demo) return { demo: null };
  const demo = await seedDemoData(prisma, { log, now: options.now ?? new Date() });
  return { demo };
}
