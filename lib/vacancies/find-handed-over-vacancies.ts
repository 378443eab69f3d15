import "server-only";
import type { VacancyStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db";
import { todayIso, isoToDbDate } from "@/lib/time/calendar-dates";
import { OPEN_VACANCY_STATUSES } from "./status-transitions";

export type HandedOverVacancyRow = {
  id: string;
  title: string;
  organisation: string;
  status: VacancyStatus;
  occupationClass: string;
  hoursPerWeek: number;
  dueDate: Date;
  overdue: boolean;
  givenBy: string;
};

/**
 * The open vacancies an accountmanager handed to this bemiddelaar (their work list), earliest due
 * date first, so overdue ones lead.
 */
export async function findHandedOverVacancies({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<HandedOverVacancyRow[]> {
  assertRole(actor, ["JOB_MEDIATOR"]);
  const today = isoToDbDate(todayIso(now));
  const handovers = await prisma.vacancyHandover.findMany({
    where: { mediatorId: actor.userId, vacancy: { status: { in: [...OPEN_VACANCY_STATUSES] } } },
    select: {
      dueDate: true,
      givenBy: { select: { name: true } },
      vacancy: {
        select: {
          id: true,
          title: true,
          status: true,
          hoursPerWeek: true,
          organisation: { select: { legalName: true } },
          occupationClass: { select: { name: true } },
        },
      },
    },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    take: 300,
  });
  return handovers.map((handover) => ({
    id: handover.vacancy.id,
    title: handover.vacancy.title,
    organisation: handover.vacancy.organisation.legalName,
    status: handover.vacancy.status,
    occupationClass: handover.vacancy.occupationClass.name,
    hoursPerWeek: handover.vacancy.hoursPerWeek,
    dueDate: handover.dueDate,
    overdue: handover.dueDate < today,
    givenBy: handover.givenBy.name,
  }));
}
