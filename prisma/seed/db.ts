import type { Prisma, PrismaClient } from "../../generated/prisma/client";

/** A client or an interactive transaction: every seed step works with either. */
export type SeedDb = PrismaClient | Prisma.TransactionClient;

export type SeedLog = (message: string) => void;
