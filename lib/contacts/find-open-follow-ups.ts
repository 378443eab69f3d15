import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isoToDbDate, todayIso } from "@/lib/time/calendar-dates";

export type OpenFollowUp = {
  id: string;
  organisationId: string;
  organisationName: string;
  contactDate: Date;
  topic: string;
  followUpPromise: string;
  followUpDueDate: Date;
  overdue: boolean;
};

/**
 * My own open follow-up promises (A2): overdue ones first, then by due date. Sorting by due date
 * ascending does both, because every overdue date lies before every date still to come.
 */
export async function findOpenFollowUps({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<OpenFollowUp[]> {
  assertCan(actor, "followUp.complete");
  const today = isoToDbDate(todayIso(now));
  const moments = await prisma.contactMoment.findMany({
    where: { authorId: actor.userId, followUpDoneAt: null, followUpDueDate: { not: null }, followUpPromise: { not: null } },
    orderBy: [{ followUpDueDate: "asc" }, { contactDate: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      organisationId: true,
      contactDate: true,
      topic: true,
      followUpPromise: true,
      followUpDueDate: true,
      organisation: { select: { legalName: true } },
    },
  });
  return moments.flatMap(({ organisation, followUpPromise, followUpDueDate, ...moment }) =>
    followUpPromise && followUpDueDate
      ? [{ ...moment, organisationName: organisation.legalName, followUpPromise, followUpDueDate, overdue: followUpDueDate < today }]
      : [],
  );
}
