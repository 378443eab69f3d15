import "server-only";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { candidateName } from "./recipients";
import { vacancyAvailableWhere } from "./vacancy-available-where";

export type ProposalFormView = {
  candidate: { id: string; name: string; hasAccount: boolean };
  vacancy: { id: string; title: string; organisationName: string } | null;
  existing: { id: string; status: ProposalStatus } | null;
};

/**
 * What the "voordragen" form shows: the own candidate (else NOT_FOUND) and the vacancy when it is
 * available to this bemiddelaar (else null: the page explains), plus an existing proposal of the pair.
 */
export async function getProposalForm(actor: Actor, candidateId: string, vacancyId: string | null): Promise<ProposalFormView> {
  assertCan(actor, "proposal.create");
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId, anonymisedAt: null }, candidateWhereFor(actor, "proposal.create")] },
      select: { id: true, firstName: true, lastName: true, userId: true },
    });
    if (!candidate) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId, action: "candidate.read", purpose: "Voordracht voorbereiden" }]);
    const vacancy = vacancyId
      ? await tx.vacancy.findFirst({
          where: { AND: [{ id: vacancyId }, vacancyAvailableWhere(actor.userId)] },
          select: { id: true, title: true, organisation: { select: { legalName: true, tradeName: true } } },
        })
      : null;
    const existing = vacancy
      ? await tx.proposal.findUnique({ where: { vacancyId_candidateId: { vacancyId: vacancy.id, candidateId } }, select: { id: true, status: true } })
      : null;
    return {
      candidate: { id: candidate.id, name: candidateName(candidate), hasAccount: candidate.userId !== null },
      vacancy: vacancy ? { id: vacancy.id, title: vacancy.title, organisationName: vacancy.organisation.tradeName ?? vacancy.organisation.legalName } : null,
      existing,
    };
  });
}
