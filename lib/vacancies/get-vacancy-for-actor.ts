import "server-only";
import type { AdviceKind, ContractType, VacancyStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { vacancyWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, ruleFor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dbDateToIso } from "@/lib/time/calendar-dates";

export type VacancyDetail = {
  id: string;
  title: string;
  organisation: { id: string; name: string; ownerId: string; ownerName: string };
  occupationClass: { code: string; name: string };
  description: string;
  skills: { skillCode: string; label: string; level: number }[];
  hoursPerWeek: number;
  location: string;
  workArea: { id: string; name: string } | null;
  contractType: ContractType;
  trialPlacementWelcome: boolean;
  startDate: string; // "YYYY-MM-DD" or ""
  openToDistance: boolean;
  wantsJobCarvingAdvice: boolean;
  isPublic: boolean;
  status: VacancyStatus;
  closedReason: string | null;
  createdAt: Date;
  history: { id: string; fromStatus: VacancyStatus | null; toStatus: VacancyStatus; note: string | null; at: Date; by: string | null }[];
  /** Only for professionals. */
  handovers: { mediatorId: string; mediatorName: string; dueDate: Date; note: string | null; givenBy: string; createdAt: Date }[];
  advice: { id: string; kind: AdviceKind; instrument: string | null; note: string; givenOn: Date; by: string }[];
};

const PROFESSIONAL_ROLES = new Set(["ACCOUNT_MANAGER", "JOB_MEDIATOR", "ADMIN"]);

/**
 * One vacancy as the actor may see it (vacancy.read): the employer only their own organisation's,
 * accountmanagers and bemiddelaars any. Roles that only see public or aggregated vacancies use the
 * public list instead, so here they get NOT_FOUND like everyone outside the scope.
 */
export async function getVacancyForActor({ actor, vacancyId }: { actor: Actor; vacancyId: string }): Promise<VacancyDetail> {
  assertCan(actor, "vacancy.read");
  const rule = ruleFor(actor.role, "vacancy.read");
  if (rule === "public" || rule === "aggregated") throw new AppError("NOT_FOUND");
  const professional = PROFESSIONAL_ROLES.has(actor.role);

  const vacancy = await prisma.vacancy.findFirst({
    where: { AND: [{ id: vacancyId.slice(0, 40) }, vacancyWhereFor(actor, "vacancy.read")] },
    include: {
      organisation: { select: { id: true, legalName: true, ownerId: true, owner: { select: { name: true } } } },
      occupationClass: { select: { code: true, name: true } },
      workArea: { select: { id: true, name: true } },
      skills: { select: { skillCode: true, level: true, skill: { select: { label: true } } }, orderBy: { level: "desc" } },
      statusChanges: { select: { id: true, fromStatus: true, toStatus: true, note: true, at: true, byUser: { select: { name: true } } }, orderBy: { at: "asc" } },
      handovers: {
        where: professional ? {} : { id: { in: [] } },
        select: { mediatorId: true, mediator: { select: { name: true } }, dueDate: true, note: true, givenBy: { select: { name: true } }, createdAt: true },
        orderBy: { dueDate: "asc" },
      },
      advice: {
        where: professional ? {} : { id: { in: [] } },
        select: { id: true, kind: true, instrument: { select: { name: true } }, note: true, givenOn: true, byUser: { select: { name: true } } },
        orderBy: { givenOn: "desc" },
      },
    },
  });
  if (!vacancy) throw new AppError("NOT_FOUND");

  return {
    id: vacancy.id,
    title: vacancy.title,
    organisation: { id: vacancy.organisation.id, name: vacancy.organisation.legalName, ownerId: vacancy.organisation.ownerId, ownerName: vacancy.organisation.owner.name },
    occupationClass: vacancy.occupationClass,
    description: vacancy.description,
    skills: vacancy.skills.map((skill) => ({ skillCode: skill.skillCode, label: skill.skill.label, level: skill.level })),
    hoursPerWeek: vacancy.hoursPerWeek,
    location: vacancy.location,
    workArea: vacancy.workArea,
    contractType: vacancy.contractType,
    trialPlacementWelcome: vacancy.trialPlacementWelcome,
    startDate: vacancy.startDate ? dbDateToIso(vacancy.startDate) : "",
    openToDistance: vacancy.openToDistance,
    wantsJobCarvingAdvice: vacancy.wantsJobCarvingAdvice,
    isPublic: vacancy.isPublic,
    status: vacancy.status,
    closedReason: vacancy.closedReason,
    createdAt: vacancy.createdAt,
    history: vacancy.statusChanges.map((change) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      note: change.note,
      at: change.at,
      by: change.byUser?.name ?? null,
    })),
    handovers: vacancy.handovers.map((handover) => ({
      mediatorId: handover.mediatorId,
      mediatorName: handover.mediator.name,
      dueDate: handover.dueDate,
      note: handover.note,
      givenBy: handover.givenBy.name,
      createdAt: handover.createdAt,
    })),
    advice: vacancy.advice.map((record) => ({
      id: record.id,
      kind: record.kind,
      instrument: record.instrument?.name ?? null,
      note: record.note,
      givenOn: record.givenOn,
      by: record.byUser.name,
    })),
  };
}
