import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { VacancyStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import type { Actor } from "../actor";
import { assertRole } from "../assert-role";
import { candidateWhereFor, organisationWhereFor } from "../ownership-where";
import { OPEN_VACANCY_STATUSES } from "./labels";

export type AccountManagerStart = {
  kind: "ACCOUNT_MANAGER";
  employerCount: number;
  openQuestionCount: number;
  employers: { id: string; name: string; openQuestions: number; newVacancies: number }[];
};

export type MediatorStart = {
  kind: "JOB_MEDIATOR";
  candidateCount: number;
  handedVacancies: { id: string; title: string; employer: string; status: VacancyStatus; dueDate: Date; overdue: boolean }[];
};

const LIST_SIZE = 50;

type Db = Pick<PrismaClient, "organisation" | "question" | "candidate" | "vacancyHandover">;

/** The professional's work list: employers they own (accountmanager) or their caseload (bemiddelaar). */
export async function getProfessionalStart(actor: Actor, options: { db?: Db; now?: Date } = {}): Promise<AccountManagerStart | MediatorStart> {
  assertRole(actor, ["ACCOUNT_MANAGER", "JOB_MEDIATOR"]);
  const db = options.db ?? prisma;

  if (actor.role === "ACCOUNT_MANAGER") {
    const owned = organisationWhereFor(actor, "organisation.editMasterData");
    const [employerCount, openQuestionCount, employers] = await Promise.all([
      db.organisation.count({ where: owned }),
      db.question.count({ where: { answeredAt: null, organisation: owned } }),
      db.organisation.findMany({
        where: owned,
        orderBy: { legalName: "asc" },
        take: LIST_SIZE,
        select: {
          id: true,
          legalName: true,
          tradeName: true,
          _count: { select: { questions: { where: { answeredAt: null } }, vacancies: { where: { status: "RECEIVED" } } } },
        },
      }),
    ]);
    return {
      kind: "ACCOUNT_MANAGER",
      employerCount,
      openQuestionCount,
      employers: employers
        .map((o) => ({ id: o.id, name: o.tradeName ?? o.legalName, openQuestions: o._count.questions, newVacancies: o._count.vacancies }))
        .sort((a, b) => b.openQuestions + b.newVacancies - (a.openQuestions + a.newVacancies)),
    };
  }

  const today = startOfDay(options.now ?? new Date());
  const [candidateCount, handovers] = await Promise.all([
    db.candidate.count({ where: { AND: [candidateWhereFor(actor, "candidate.editProfile"), { anonymisedAt: null }] } }),
    db.vacancyHandover.findMany({
      where: { mediatorId: actor.userId, vacancy: { status: { in: [...OPEN_VACANCY_STATUSES] } } },
      orderBy: { dueDate: "asc" },
      take: LIST_SIZE,
      select: {
        dueDate: true,
        vacancy: { select: { id: true, title: true, status: true, organisation: { select: { legalName: true, tradeName: true } } } },
      },
    }),
  ]);
  return {
    kind: "JOB_MEDIATOR",
    candidateCount,
    handedVacancies: handovers.map((h) => ({
      id: h.vacancy.id,
      title: h.vacancy.title,
      employer: h.vacancy.organisation.tradeName ?? h.vacancy.organisation.legalName,
      status: h.vacancy.status,
      dueDate: h.dueDate,
      overdue: h.dueDate.getTime() < today.getTime(),
    })),
  };
}

// Due dates are calendar dates (stored at midnight UTC): overdue from the day after.
function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
