import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { VacancyStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { vacancyWhereFor } from "@/lib/auth/ownership-where";

export type EmployerStart = {
  vacancyCounts: Partial<Record<VacancyStatus, number>>;
  openQuestions: number;
};

type Db = Pick<PrismaClient, "vacancy" | "question">;

/**
 * The counts on the employer's start page: their vacancies by status and their open questions.
 * The organisation and its vaste contactpersoon come from lib/questions/get-contact-person.
 */
export async function getEmployerStart(actor: Actor, options: { db?: Db } = {}): Promise<EmployerStart> {
  assertRole(actor, ["EMPLOYER"]);
  const db = options.db ?? prisma;
  if (!actor.organisationId) return { vacancyCounts: {}, openQuestions: 0 };

  const [byStatus, openQuestions] = await Promise.all([
    db.vacancy.groupBy({ by: ["status"], where: vacancyWhereFor(actor, "vacancy.read"), _count: { _all: true } }),
    db.question.count({ where: { organisationId: actor.organisationId, answeredAt: null } }),
  ]);
  return { vacancyCounts: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])), openQuestions };
}
