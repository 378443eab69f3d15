import "server-only";
import type { LearningOfferKind } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { dbDateToIso } from "@/lib/time/calendar-dates";
import type { LearningOfferSearch } from "./schemas";

export type PublicLearningOffer = {
  id: string;
  title: string;
  kind: LearningOfferKind;
  provider: string;
  description: string;
  /** Start dates from today on, earliest first ("YYYY-MM-DD"); empty: start in overleg. */
  upcomingStartDates: string[];
  url: string | null;
};

/**
 * J5: active learning offers for everyone. Past start dates are hidden; an offer whose every start
 * date has passed is left out. Offers starting soonest come first, offers without dates last.
 */
export async function findPublicLearningOffers(search: LearningOfferSearch, today: string): Promise<PublicLearningOffer[]> {
  const q = search.q;
  const offers = await prisma.learningOffer.findMany({
    where: {
      active: true,
      ...(search.soort ? { kind: search.soort } : {}),
      ...(q
        ? {
            OR: [
              { title: { contains: q, mode: "insensitive" } },
              { provider: { contains: q, mode: "insensitive" } },
              { description: { contains: q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    select: { id: true, title: true, kind: true, provider: true, description: true, startDates: true, url: true },
    take: 500,
  });
  return offers
    .map(({ startDates, ...offer }) => ({
      ...offer,
      hadDates: startDates.length > 0,
      upcomingStartDates: startDates.map(dbDateToIso).filter((date) => date >= today).sort(),
    }))
    .filter((offer) => !offer.hadDates || offer.upcomingStartDates.length > 0)
    .sort((a, b) => {
      const first = a.upcomingStartDates[0] ?? "9999";
      const second = b.upcomingStartDates[0] ?? "9999";
      return first === second ? a.title.localeCompare(b.title, "nl") : first < second ? -1 : 1;
    })
    .map(({ hadDates: _hadDates, ...offer }) => offer);
}
