import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { countOpenInboxQuestions } from "@/lib/questions/count-open-inbox-questions";
import { findHandedOverVacancies, type HandedOverVacancyRow } from "@/lib/vacancies/find-handed-over-vacancies";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { candidateWhereFor, organisationWhereFor } from "@/lib/auth/ownership-where";

export type AccountManagerStart = {
  kind: "ACCOUNT_MANAGER";
  employerCount: number;
  openQuestionCount: number;
  employers: { id: string; name: string; openQuestions: number; newVacancies: number }[];
};

export type MediatorStart = {
  kind: "JOB_MEDIATOR";
  candidateCount: number;
  handedVacancies: HandedOverVacancyRow[];
};

const LIST_SIZE = 50;

type Db = Pick<PrismaClient, "organisation" | "candidate">;

/** The professional's work list: employers they own (accountmanager) or their caseload (bemiddelaar). */
export async function getProfessionalStart(actor: Actor, options: { db?: Db; now?: Date } = {}): Promise<AccountManagerStart | MediatorStart> {
  assertRole(actor, ["ACCOUNT_MANAGER", "JOB_MEDIATOR"]);
  const db = options.db ?? prisma;

  if (actor.role === "ACCOUNT_MANAGER") {
    const owned = organisationWhereFor(actor, "organisation.editMasterData");
    const [employerCount, openQuestionCount, employers] = await Promise.all([
      db.organisation.count({ where: owned }),
      countOpenInboxQuestions(actor),
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

  const [candidateCount, handedVacancies] = await Promise.all([
    db.candidate.count({ where: { AND: [candidateWhereFor(actor, "candidate.editProfile"), { anonymisedAt: null }] } }),
    findHandedOverVacancies({ actor, now: options.now }),
  ]);
  return { kind: "JOB_MEDIATOR", candidateCount, handedVacancies: handedVacancies.slice(0, LIST_SIZE) };
}
