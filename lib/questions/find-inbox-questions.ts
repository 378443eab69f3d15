import "server-only";
import type { QuestionTopic } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { questionWhereFor } from "./question-where";
import { serviceNorm, type ServiceNorm } from "./service-norm";

export type InboxQuestion = {
  id: string;
  organisationId: string;
  organisationName: string;
  askedBy: string;
  topic: QuestionTopic;
  text: string;
  askedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  norm: ServiceNorm;
};

/**
 * The accountmanager's inbox (A4): questions of the employers they own. Unanswered first (oldest
 * first, so the most overdue is on top), then the recently answered ones.
 */
export async function findInboxQuestions(actor: Actor, options: { now?: Date; answeredTake?: number } = {}): Promise<InboxQuestion[]> {
  assertCan(actor, "question.answer");
  const now = options.now ?? new Date();
  const where = questionWhereFor(actor, "question.answer");
  const select = {
    id: true,
    topic: true,
    text: true,
    createdAt: true,
    answer: true,
    answeredAt: true,
    askedBy: { select: { name: true } },
    organisation: { select: { id: true, legalName: true, tradeName: true } },
  } as const;

  const [open, answered] = await Promise.all([
    prisma.question.findMany({ where: { AND: [where, { answeredAt: null }] }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 500, select }),
    prisma.question.findMany({
      where: { AND: [where, { answeredAt: { not: null } }] },
      orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
      take: options.answeredTake ?? 20,
      select,
    }),
  ]);

  return [...open, ...answered].map((row) => ({
    id: row.id,
    organisationId: row.organisation.id,
    organisationName: row.organisation.tradeName ?? row.organisation.legalName,
    askedBy: row.askedBy.name,
    topic: row.topic,
    text: row.text,
    askedAt: row.createdAt,
    answer: row.answer,
    answeredAt: row.answeredAt,
    norm: serviceNorm(row.createdAt, row.answeredAt, now),
  }));
}
