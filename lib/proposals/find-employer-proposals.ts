import "server-only";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { candidateWhereFor, proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { candidateName } from "./recipients";

export type EmployerProposalRow = {
  id: string;
  status: ProposalStatus;
  vacancyTitle: string;
  sharedAt: Date;
  responseDueBy: Date | null;
  /** Only while the candidate's consent for this employer is active; otherwise null. */
  candidateName: string | null;
};

/**
 * The proposals shared with the employer for its own vacancies (E5), newest first. Names only while
 * consent is active, and every name shown is audited (candidate.list).
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
    const ids = [...new Set(proposals.map((proposal) => proposal.candidateId))];
    const readable = ids.length
      ? await tx.candidate.findMany({
          where: { AND: [{ id: { in: ids }, anonymisedAt: null }, candidateWhereFor(actor, "candidate.readPersonalData")] },
          select: { id: true, firstName: true, lastName: true },
        })
      : [];
    const names = new Map(readable.map((candidate) => [candidate.id, candidateName(candidate)]));
    await recordCandidateAccess(
      tx,
      actor,
      readable.map((candidate) => ({ candidateId: candidate.id, action: "candidate.list" as const, purpose: "Voordrachten bekijken als werkgever" })),
    );
    return proposals.map((proposal) => ({
      id: proposal.id,
      status: proposal.status,
      vacancyTitle: proposal.vacancy.title,
      sharedAt: proposal.sharedAt!,
      responseDueBy: proposal.responseDueBy,
      candidateName: names.get(proposal.candidateId) ?? null,
    }));
  });
}
