import "server-only";
import { prisma } from "@/lib/db";

export type InstrumentOption = { code: string; name: string; needsWageValue: boolean };

/** The instruments of the guide for a form (reference data, no personal data). */
export async function listInstrumentOptions(): Promise<InstrumentOption[]> {
  const instruments = await prisma.instrument.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, needs: true } });
  return instruments.map((i) => ({ code: i.code, name: i.name, needsWageValue: i.needs.includes("LOONWAARDEMETING") }));
}
