import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { vacancyWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { assertAccountAdmitted } from "@/lib/security/throttle/admit-client";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { PUBLIC_VACANCY_WHERE } from "./public-vacancy-where";
import type { ExpressInterestInput } from "./schemas";

export type ExpressInterestResult = {
  /** false when the resident had already shown interest (a double click stays one row). */
  created: boolean;
  /** Whether a bemiddelaar was told (the resident has an owner). */
  ownerNotified: boolean;
};

export const NO_CANDIDATE_MESSAGE =
  "U bent nog niet aangemeld bij het Werkcentrum. Meld u eerst aan, dan kunt u daarna interesse tonen in vacatures.";

/**
 * A resident says "Ik heb interesse" in a public, open vacancy (J5). The interest is stored once per
 * candidate and vacancy (the unique pair makes double clicks and concurrent requests one row); a new
 * interest notifies the candidate's owner bemiddelaar in the same transaction.
 */
export async function expressInterest({ actor, input }: { actor: Actor; input: ExpressInterestInput }): Promise<ExpressInterestResult> {
  assertCan(actor, "vacancy.expressInterest");
  await assertAccountAdmitted(THROTTLE.vacancyInterestAccount, actor.userId);
  const { result, afterCommit } = await prisma.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findFirst({
      where: { AND: [{ id: input.vacancyId }, PUBLIC_VACANCY_WHERE, vacancyWhereFor(actor, "vacancy.read")] },
      select: { id: true, title: true, organisation: { select: { legalName: true, tradeName: true } } },
    });
    if (!vacancy) throw new AppError("NOT_FOUND");
    const candidate = await tx.candidate.findFirst({
      where: { userId: actor.userId, anonymisedAt: null },
      select: { id: true, ownerId: true, firstName: true, lastName: true },
    });
    if (!candidate) throw new AppError("NOT_FOUND", { userMessage: NO_CANDIDATE_MESSAGE });

    const { count } = await tx.vacancyInterest.createMany({
      data: [{ candidateId: candidate.id, vacancyId: vacancy.id }],
      skipDuplicates: true,
    });
    if (count === 0 || !candidate.ownerId) return { result: { created: count > 0, ownerNotified: false }, afterCommit: null };

    const employer = vacancy.organisation.tradeName ?? vacancy.organisation.legalName;
    const deliver = await notify(tx, [
      {
        userId: candidate.ownerId,
        kind: "vacancy.interest",
        title: `Interesse in vacature ${vacancy.title}`,
        body: `${candidate.firstName} ${candidate.lastName} heeft interesse getoond in de openbare vacature "${vacancy.title}" van ${employer}.`,
        link: `/professional/kandidaten/${candidate.id}`,
      },
    ]);
    return { result: { created: true, ownerNotified: true }, afterCommit: deliver };
  });
  if (afterCommit) await afterCommit();
  return result;
}
