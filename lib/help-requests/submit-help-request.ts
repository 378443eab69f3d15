import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import { STALE_FORM_MESSAGE } from "@/lib/forms/submission-key";
import { confirmationSelect, createHelpRequestRecord, toConfirmation, type HelpRequestConfirmation } from "./create-help-request-record";
import { helpRequestFieldsSchema } from "./schemas";

/**
 * A logged-in resident asks a new help question for their own candidate record (J1). A resident
 * account without a record (made before aanmelding existed) gets one from the account's name; the
 * age is then unknown, so age-limited rules do not apply. The same submissionKey twice gives the
 * one request that exists.
 */
export async function submitHelpRequest({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: unknown;
  now?: Date;
}): Promise<HelpRequestConfirmation> {
  assertCan(actor, "helpRequest.submit");
  const parsed = helpRequestFieldsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = parsed.data;

  const repeated = await findRepeatedSubmission(actor, data.submissionKey);
  if (repeated) return repeated;
  try {
    return await prisma.$transaction(async (tx) => {
      const own = { AND: [{ userId: actor.userId }, candidateWhereFor(actor, "helpRequest.submit")] };
      const candidate =
        (await tx.candidate.findFirst({ where: own, select: { id: true, birthDate: true } })) ??
        (await createOwnCandidate(tx, actor));
      return createHelpRequestRecord(tx, { candidate, ...data, now });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findRepeatedSubmission(actor, data.submissionKey);
    if (winner) return winner;
    throw new AppError("CONFLICT", { userMessage: STALE_FORM_MESSAGE });
  }
}

async function createOwnCandidate(tx: Prisma.TransactionClient, actor: Actor) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, email: true } });
  const [firstName, ...rest] = user.name.trim().split(/\s+/);
  return tx.candidate.create({
    data: { userId: actor.userId, firstName: firstName || user.name, lastName: rest.join(" ") || "-", email: user.email },
    select: { id: true, birthDate: true },
  });
}

async function findRepeatedSubmission(actor: Actor, submissionKey: string): Promise<HelpRequestConfirmation | null> {
  const request = await prisma.helpRequest.findUnique({
    where: { submissionKey },
    select: { ...confirmationSelect, candidate: { select: { userId: true } } },
  });
  if (!request) return null;
  if (request.candidate.userId !== actor.userId) throw new AppError("CONFLICT", { userMessage: STALE_FORM_MESSAGE });
  return toConfirmation(request);
}
