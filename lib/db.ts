import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// The pool connects on first query, so `next build` (no database) can import this module.
function createClient(): PrismaClient {
  // work_mem 32 MB (default 4 MB): the dashboard's aggregates (medians, grouped counts over a year)
  // otherwise sort on disk; 10 connections × 32 MB stays small next to the machine's memory.
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: process.env.DATABASE_URL,
      max: 10,
      // An unreachable database fails a request within seconds (answered 503, finding 15.9) instead of hanging.
      connectionTimeoutMillis: 10_000,
      options: "-c work_mem=32MB",
    }),
  });
}

/** One client per process (Next dev reloads modules, so keep it on globalThis). */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = prisma;
