import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { askQuestionSchema, QUESTION_TOPIC_LABELS } from "./schemas";

export type AskedQuestion = { id: string; created: boolean };

/**
 * An employer asks their owner accountmanager a question (E3). The same submissionKey twice
 * (double click, resend) gives the one question that exists; the owner is notified once.
 */
export async function askQuestion({ actor, input }: { actor: Actor; input: unknown }): Promise<AskedQuestion> {
  assertCan(actor, "question.ask");
  const parsed = askQuestionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { topic, text, submissionKey } = parsed.data;

  const existing = await findBySubmissionKey(actor, submissionKey);
  if (existing) return existing;

  const organisation = await prisma.organisation.findFirst({
    where: organisationWhereFor(actor, "question.ask"),
    select: { id: true, legalName: true, tradeName: true, ownerId: true },
  });
  if (!organisation) throw new AppError("NOT_FOUND", { userMessage: "U kunt pas vragen stellen als uw organisatie is bevestigd." });

  try {
    const { question, after } = await prisma.$transaction(async (tx) => {
      const question = await tx.question.create({
        data: { organisationId: organisation.id, askedById: actor.userId, topic, text, submissionKey },
        select: { id: true },
      });
      const after = await notify(tx, [
        {
          userId: organisation.ownerId,
          kind: "question.asked",
          title: `Nieuwe vraag van ${organisation.tradeName ?? organisation.legalName}`,
          body: `Onderwerp: ${QUESTION_TOPIC_LABELS[topic]}`,
          link: "/professional/inbox",
        },
      ]);
      return { question, after };
    });
    await after();
    return { id: question.id, created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findBySubmissionKey(actor, submissionKey);
      if (winner) return winner;
      throw new AppError("CONFLICT");
    }
    throw error;
  }
}

async function findBySubmissionKey(actor: Actor, submissionKey: string): Promise<AskedQuestion | null> {
  const found = await prisma.question.findUnique({ where: { submissionKey }, select: { id: true, askedById: true } });
  if (!found) return null;
  if (found.askedById !== actor.userId) throw new AppError("CONFLICT");
  return { id: found.id, created: false };
}
