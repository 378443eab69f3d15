import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { questionWhereFor } from "./question-where";
import { answerQuestionSchema, QUESTION_TOPIC_LABELS } from "./schemas";

/**
 * The owner accountmanager answers a question of one of their employers (A4). Anyone else gets
 * NOT_FOUND, whether or not the question exists. The employer who asked is notified.
 */
export async function answerQuestion({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; answeredAt: Date }> {
  assertCan(actor, "question.answer");
  const parsed = answerQuestionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { questionId, answer } = parsed.data;

  const question = await prisma.question.findFirst({
    where: { AND: [{ id: questionId }, questionWhereFor(actor, "question.answer")] },
    select: { id: true, topic: true, askedById: true, answeredAt: true },
  });
  if (!question) throw new AppError("NOT_FOUND");
  if (question.answeredAt) throw new AppError("CONFLICT", { userMessage: "Deze vraag is al beantwoord." });

  const answeredAt = new Date();
  const after = await prisma.$transaction(async (tx) => {
    const { count } = await tx.question.updateMany({
      where: { id: question.id, answeredAt: null },
      data: { answer, answeredById: actor.userId, answeredAt },
    });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: "Deze vraag is al beantwoord." });
    return notify(tx, [
      {
        userId: question.askedById,
        kind: "question.answered",
        title: "Uw vraag is beantwoord",
        body: `Onderwerp: ${QUESTION_TOPIC_LABELS[question.topic]}`,
        link: "/werkgever/vragen",
      },
    ]);
  });
  await after();
  return { id: question.id, answeredAt };
}
