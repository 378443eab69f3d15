import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { questionWhereFor } from "./question-where";

/** Unanswered questions in the accountmanager's inbox; 0 for anyone without an inbox. */
export async function countOpenInboxQuestions(actor: Actor): Promise<number> {
  if (!can(actor, "question.answer")) return 0;
  return prisma.question.count({ where: { AND: [questionWhereFor(actor, "question.answer"), { answeredAt: null }] } });
}
