import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// The pool connects on first query, so `next build` (no database) can import this module.
function createClient(): PrismaClient {
  // work_mem 32 MB (default 4 MB): the dashboard's aggregates (medians, grouped counts over a year)
  // otherwise sort on disk; 10 connections × 32 MB stays small next to the machine's memory.
  // No parallel workers per query: the dashboard already runs its aggregates side by side on the
  // pool, and on 2 cores the extra workers only add coordination (decision 013).
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: process.env.DATABASE_URL,
      max: 10,
      options: "-c work_mem=32MB -c max_parallel_workers_per_gather=0",
    }),
  });
}

/** One client per process (Next dev reloads modules, so keep it on globalThis). */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = prisma;
