import "server-only";
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { todayDbDate } from "@/lib/time/calendar-dates";
import { employerUserIds } from "@/lib/placements/recipients";

/**
 * Job "aftercare.notifyDue": a check-in whose due date has come (and that nobody answered, on a
 * running placement) notifies the people who must act, once: the owner bemiddelaar for the employee
 * side, the employer's contacts and the owner accountmanager for the employer side. Each check is
 * claimed by a guarded update on notifiedAt, in the same transaction as its notifications.
 */
export async function notifyDueAftercareChecks(now: Date): Promise<{ notified: number }> {
  const today = todayDbDate(now);
  const due = await prisma.aftercareCheck.findMany({
    where: { dueDate: { lte: today }, completedAt: null, notifiedAt: null, placement: { endedOn: null } },
    orderBy: { dueDate: "asc" },
    select: {
      id: true,
      side: true,
      monthsAfterStart: true,
      placement: {
        select: {
          id: true,
          organisationId: true,
          vacancy: { select: { title: true } },
          organisation: { select: { ownerId: true, legalName: true, tradeName: true } },
          candidate: { select: { ownerId: true } },
        },
      },
    },
  });
  let notified = 0;
  for (const check of due) {
    const after = await prisma.$transaction(async (tx) => {
      const claimed = await tx.aftercareCheck.updateMany({
        where: { id: check.id, completedAt: null, notifiedAt: null, placement: { endedOn: null } },
        data: { notifiedAt: now },
      });
      if (claimed.count === 0) return null;
      const { placement } = check;
      const title = `Nazorg na ${check.monthsAfterStart} ${check.monthsAfterStart === 1 ? "maand" : "maanden"}: ${placement.vacancy?.title ?? "plaatsing"}`;
      const employer = placement.organisation.tradeName ?? placement.organisation.legalName;
      const messages: NotificationMessage[] = [];
      if (check.side === "EMPLOYEE") {
        if (placement.candidate.ownerId) {
          messages.push({
            userId: placement.candidate.ownerId,
            kind: "aftercare.due",
            title,
            body: `Het is tijd voor het nazorggesprek met de werknemer bij ${employer}.`,
            link: `/professional/plaatsingen/${placement.id}`,
          });
        }
      } else {
        for (const userId of await employerUserIds(tx, placement.organisationId)) {
          messages.push({ userId, kind: "aftercare.due", title, body: "Hoe bevalt de plaatsing? Laat het ons weten in het portaal.", link: `/werkgever/plaatsingen/${placement.id}` });
        }
        messages.push({
          userId: placement.organisation.ownerId,
          kind: "aftercare.due",
          title,
          body: `${employer} kan nu de nazorgvraag over de plaatsing van een kandidaat beantwoorden.`,
          link: `/professional/plaatsingen/${placement.id}`,
        });
      }
      return notify(tx, messages);
    });
    if (after) {
      notified += 1;
      await after();
    }
  }
  return { notified };
}
