import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { audienceKeywords } from "./audiences";
import { escapeLike } from "@/lib/search/escape-like";
import type { InstrumentSearch } from "./schemas";

export type InstrumentListItem = {
  code: string;
  name: string;
  kind: string;
  providers: string[];
  summary: string;
  forWhom: string;
};

/** Builds the Prisma filter for the guide: every given criterion must match (AND). */
export function buildInstrumentWhere(search: InstrumentSearch): Prisma.InstrumentWhereInput {
  const and: Prisma.InstrumentWhereInput[] = [];
  if (search.q) {
    const contains = { contains: escapeLike(search.q), mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { summary: contains }, { forWhom: contains }] });
  }
  if (search.kind) and.push({ kind: search.kind });
  if (search.provider) and.push({ providers: { has: search.provider } });
  if (search.audience) {
    and.push({
      OR: audienceKeywords(search.audience).map((keyword) => ({ forWhom: { contains: keyword, mode: "insensitive" as const } })),
    });
  }
  return { AND: and };
}

/** The instrument guide (P2): search and filters run in the database query. */
export async function findInstruments(search: InstrumentSearch): Promise<InstrumentListItem[]> {
  return prisma.instrument.findMany({
    where: buildInstrumentWhere(search),
    select: { code: true, name: true, kind: true, providers: true, summary: true, forWhom: true },
    orderBy: { name: "asc" },
  });
}
