import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { FigureRow } from "./figure-spec";

/** The stored figures in file order (no permission check: the figures are public; callers that manage them check). */
export async function readFigures(db: Prisma.TransactionClient | PrismaClient = prisma): Promise<FigureRow[]> {
  return db.labourMarketFigure.findMany({ orderBy: { position: "asc" }, select: { section: true, category: true, measure: true, value: true } });
}
