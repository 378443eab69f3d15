import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/** A shared proposal for one of the employer's own vacancies, or NOT_FOUND (never revealing others). */
export async function findRespondableProposal(tx: Tx, actor: Actor, proposalId: string) {
  const proposal = await tx.proposal.findFirst({
    where: { AND: [{ id: proposalId }, proposalWhereFor(actor, "proposal.respond")] },
    select: { id: true, status: true, candidateId: true, proposedById: true, vacancy: { select: { title: true, organisation: { select: { legalName: true, tradeName: true } } } } },
  });
  if (!proposal) throw new AppError("NOT_FOUND");
  return { ...proposal, organisationName: proposal.vacancy.organisation.tradeName ?? proposal.vacancy.organisation.legalName };
}

export const STATUS_CHANGED_MESSAGE = "Deze voordracht is intussen al beantwoord. Vernieuw de pagina om de stand te zien.";
