import "server-only";
import { prisma } from "@/lib/db";
import { kindLabel, providerLabel, sortByLabel } from "./labels";

export type InstrumentFilterOptions = { kinds: string[]; providers: string[] };

/** The kinds and providers that occur in the guide, sorted by their Dutch label. */
export async function findInstrumentFilterOptions(): Promise<InstrumentFilterOptions> {
  const rows = await prisma.instrument.findMany({ select: { kind: true, providers: true } });
  const kinds = new Set(rows.map((row) => row.kind));
  const providers = new Set(rows.flatMap((row) => row.providers));
  return { kinds: sortByLabel([...kinds], kindLabel), providers: sortByLabel([...providers], providerLabel) };
}
