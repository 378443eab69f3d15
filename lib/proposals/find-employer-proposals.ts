import "server-only";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { proposalSharedFieldsWhereFor, proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { candidateName } from "./recipients";

export type EmployerProposalRow = {
  id: string;
  status: ProposalStatus;
  vacancyTitle: string;
  sharedAt: Date;
  responseDueBy: Date | null;
  /** Only while the proposal is open (or placed here) with its consent active; otherwise null (decision 023). */
  candidateName: string | null;
};

/**
 * The proposals shared with the employer for its own vacancies (E5), newest first. Names only where
 * access follows the proposal (`proposalSharedFieldsWhereFor`), and every name shown is audited (candidate.list).
 */
export async function findEmployerProposals(actor: Actor): Promise<EmployerProposalRow[]> {
  assertCan(actor, "proposal.read");
  assertRole(actor, ["EMPLOYER"]);
  return prisma.$transaction(async (tx) => {
    const proposals = await tx.proposal.findMany({
      where: proposalWhereFor(actor, "proposal.read"),
      orderBy: { sharedAt: "desc" },
      take: 200,
      select: { id: true, status: true, sharedAt: true, responseDueBy: true, candidateId: true, vacancy: { select: { title: true } } },
    });
    const ids = proposals.map((proposal) => proposal.id);
    // Names only of the proposals whose consent-covered fields the employer may read now (decision 023).
    const named = ids.length
      ? await tx.proposal.findMany({
          where: { AND: [{ id: { in: ids } }, proposalSharedFieldsWhereFor(actor, "proposal.read")] },
          select: { id: true, candidateId: true, candidate: { select: { firstName: true, lastName: true } } },
        })
      : [];
    const names = new Map(named.map((proposal) => [proposal.id, candidateName(proposal.candidate)]));
    const readable = [...new Set(named.map((proposal) => proposal.candidateId))];
    await recordCandidateAccess(
      tx,
      actor,
      readable.map((candidateId) => ({ candidateId, action: "candidate.list" as const, purpose: "Voordrachten bekijken als werkgever" })),
    );
    return proposals.map((proposal) => ({
      id: proposal.id,
      status: proposal.status,
      vacancyTitle: proposal.vacancy.title,
      sharedAt: proposal.sharedAt!,
      responseDueBy: proposal.responseDueBy,
      candidateName: names.get(proposal.id) ?? null,
    }));
  });
}
