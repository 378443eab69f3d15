import "server-only";
import { prisma } from "@/lib/db";

export type InstrumentDetail = {
  code: string;
  name: string;
  kind: string;
  providers: string[];
  executedBy: string;
  summary: string;
  forWhom: string;
  conditions: string | null;
  amounts: string | null;
  typicalDuration: string | null;
  /** Instruments needed first (e.g. a loonwaardemeting), with their names when known. */
  needs: { code: string; name: string | null }[];
  checkedOn: Date;
  links: { label: string; url: string }[];
};

/** One instrument by its code, or null when there is none. */
export async function getInstrument({ code }: { code: string }): Promise<InstrumentDetail | null> {
  const instrument = await prisma.instrument.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      kind: true,
      providers: true,
      executedBy: true,
      summary: true,
      forWhom: true,
      conditions: true,
      amounts: true,
      typicalDuration: true,
      needs: true,
      checkedOn: true,
      links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
    },
  });
  if (!instrument) return null;

  const needed = instrument.needs.length
    ? await prisma.instrument.findMany({ where: { code: { in: instrument.needs } }, select: { code: true, name: true } })
    : [];
  const names = new Map(needed.map((item) => [item.code, item.name]));
  return { ...instrument, needs: instrument.needs.map((needCode) => ({ code: needCode, name: names.get(needCode) ?? null })) };
}
