import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { VacancyStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import type { Actor } from "../actor";
import { assertRole } from "../assert-role";
import { vacancyWhereFor } from "../ownership-where";

export type EmployerStart = {
  organisationName: string | null;
  contactPerson: { name: string; jobTitle: string | null; phone: string | null; email: string } | null;
  vacancyCounts: Partial<Record<VacancyStatus, number>>;
  openQuestions: number;
};

type Db = Pick<PrismaClient, "organisation" | "vacancy" | "question">;

/** The employer's start page: their organisation, its vaste contactpersoon and vacancy counts. */
export async function getEmployerStart(actor: Actor, options: { db?: Db } = {}): Promise<EmployerStart> {
  assertRole(actor, ["EMPLOYER"]);
  const db = options.db ?? prisma;
  if (!actor.organisationId) return { organisationName: null, contactPerson: null, vacancyCounts: {}, openQuestions: 0 };

  const [organisation, byStatus, openQuestions] = await Promise.all([
    db.organisation.findUnique({
      where: { id: actor.organisationId },
      select: { legalName: true, tradeName: true, owner: { select: { name: true, jobTitle: true, phone: true, email: true, disabledAt: true } } },
    }),
    db.vacancy.groupBy({ by: ["status"], where: vacancyWhereFor(actor, "vacancy.read"), _count: { _all: true } }),
    db.question.count({ where: { organisationId: actor.organisationId, answeredAt: null } }),
  ]);
  if (!organisation) return { organisationName: null, contactPerson: null, vacancyCounts: {}, openQuestions: 0 };

  const owner = organisation.owner;
  return {
    organisationName: organisation.tradeName ?? organisation.legalName,
    contactPerson: owner.disabledAt ? null : { name: owner.name, jobTitle: owner.jobTitle, phone: owner.phone, email: owner.email },
    vacancyCounts: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])),
    openQuestions,
  };
}
