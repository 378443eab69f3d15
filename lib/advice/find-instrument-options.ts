import "server-only";
import { prisma } from "@/lib/db";

/** Instruments to pick from when recording advice. */
export async function findInstrumentOptions(): Promise<{ code: string; name: string }[]> {
  return prisma.instrument.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}
