import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { createVacancySchema } from "./schemas";
import { assertVacancyReferences, replaceVacancySkills, vacancyColumns } from "./vacancy-fields";

export type CreatedVacancy = { id: string; created: boolean };

/** The vacancy an earlier submission with this key created, when it was this actor's. */
async function findSubmitted(actor: Actor, submissionKey: string): Promise<CreatedVacancy | null> {
  const existing = await prisma.vacancy.findUnique({ where: { submissionKey }, select: { id: true, createdById: true } });
  if (!existing) return null;
  if (existing.createdById !== actor.userId) throw new AppError("CONFLICT");
  return { id: existing.id, created: false };
}

/**
 * An employer submits a vacancy for their own organisation (E2). Idempotent: the form's
 * submissionKey is unique, so a double click or a resend returns the vacancy made the first time.
 * Writes the vacancy, its skills, the first history row and the owner's notification in one transaction.
 */
export async function createVacancy({ actor, input }: { actor: Actor; input: unknown }): Promise<CreatedVacancy> {
  assertCan(actor, "vacancy.submit");
  const parsed = createVacancySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { submissionKey, ...fields } = parsed.data;

  const organisation = await prisma.organisation.findFirst({
    where: { AND: [{ id: actor.organisationId ?? "" }, organisationWhereFor(actor, "vacancy.submit")] },
    select: { id: true, ownerId: true, legalName: true },
  });
  if (!organisation) throw new AppError("NOT_FOUND");

  const earlier = await findSubmitted(actor, submissionKey);
  if (earlier) return earlier;

  try {
    const { vacancy, after } = await prisma.$transaction(async (tx) => {
      await assertVacancyReferences(tx, fields);
      const vacancy = await tx.vacancy.create({
        data: { ...vacancyColumns(fields), organisationId: organisation.id, submissionKey, createdById: actor.userId, status: "RECEIVED" },
        select: { id: true, title: true },
      });
      await replaceVacancySkills(tx, vacancy.id, fields);
      await tx.vacancyStatusChange.create({ data: { vacancyId: vacancy.id, fromStatus: null, toStatus: "RECEIVED", byUserId: actor.userId } });
      const after = await notify(
        tx,
        organisation.ownerId === actor.userId
          ? []
          : [
              {
                userId: organisation.ownerId,
                kind: "vacancy.received",
                title: "Nieuwe vacature",
                body: `${organisation.legalName}: ${vacancy.title}`,
                link: `/professional/vacatures/${vacancy.id}`,
              },
            ],
      );
      return { vacancy, after };
    });
    await after();
    return { id: vacancy.id, created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const existing = await findSubmitted(actor, submissionKey);
      if (existing) return existing;
    }
    throw error;
  }
}
