import "server-only";
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { addMonthsToDbDate, todayDbDate } from "@/lib/time/calendar-dates";
import { isPastSustainableDate, SUSTAINABLE_AFTER_MONTHS } from "./sustainable-date";

/**
 * Job "placements.markSustainable": a placement still running the day after start + 6 months is
 * duurzaam (B6). Guarded on sustainableAt/endedOn, notifications in the same transaction: safe to
 * run twice, also at the same time. The bemiddelaar and the accountmanager are told (without name).
 */
export async function markSustainablePlacements(now: Date): Promise<{ marked: number }> {
  // Broad pre-filter in SQL (start at least 6 months before today); the exact calendar rule below.
  const latestStart = addMonthsToDbDate(todayDbDate(now), -SUSTAINABLE_AFTER_MONTHS);
  const candidates = await prisma.placement.findMany({
    where: { endedOn: null, sustainableAt: null, startDate: { lte: latestStart } },
    select: {
      id: true,
      startDate: true,
      vacancy: { select: { title: true } },
      organisation: { select: { ownerId: true, legalName: true, tradeName: true } },
      candidate: { select: { ownerId: true } },
    },
  });
  let marked = 0;
  for (const placement of candidates.filter((p) => isPastSustainableDate(p.startDate, now))) {
    const after = await prisma.$transaction(async (tx) => {
      const claimed = await tx.placement.updateMany({ where: { id: placement.id, endedOn: null, sustainableAt: null }, data: { sustainableAt: now } });
      if (claimed.count === 0) return null;
      const employer = placement.organisation.tradeName ?? placement.organisation.legalName;
      const title = `Duurzaam geplaatst: ${placement.vacancy?.title ?? "plaatsing"}`;
      const body = `De plaatsing van een kandidaat bij ${employer} loopt langer dan 6 maanden en telt nu als duurzaam.`;
      const link = `/professional/plaatsingen/${placement.id}`;
      const userIds = [...new Set([placement.candidate.ownerId, placement.organisation.ownerId].filter((id): id is string => Boolean(id)))];
      return notify(tx, userIds.map((userId) => ({ userId, kind: "placement.sustainable" as const, title, body, link })));
    });
    if (after) {
      marked += 1;
      await after();
    }
  }
  return { marked };
}
