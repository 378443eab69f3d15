import "server-only";
import type { QuestionTopic } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { questionWhereFor } from "./question-where";

export type EmployerQuestion = {
  id: string;
  topic: QuestionTopic;
  text: string;
  askedAt: Date;
  askedBy: string;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
};

/** The questions of the employer's own organisation, newest first (E3). */
export async function findMyQuestions(actor: Actor, options: { take?: number } = {}): Promise<EmployerQuestion[]> {
  assertCan(actor, "question.ask");
  const rows = await prisma.question.findMany({
    where: questionWhereFor(actor, "question.read"),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 200,
    select: {
      id: true,
      topic: true,
      text: true,
      createdAt: true,
      answer: true,
      answeredAt: true,
      askedBy: { select: { name: true } },
      answeredBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    topic: row.topic,
    text: row.text,
    askedAt: row.createdAt,
    askedBy: row.askedBy.name,
    answer: row.answer,
    answeredAt: row.answeredAt,
    answeredBy: row.answeredBy?.name ?? null,
  }));
}
