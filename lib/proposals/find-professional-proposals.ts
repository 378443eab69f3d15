import "server-only";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { fieldScopeFor } from "@/lib/auth/field-scope";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { candidateName } from "./recipients";

export type ProfessionalProposalRow = {
  id: string;
  status: ProposalStatus;
  vacancyTitle: string;
  organisationName: string;
  /** The name for the owner bemiddelaar; "Kandidaat van <bemiddelaar>" for the accountmanager. */
  candidateLabel: string;
  candidateId: string | null;
  updatedAt: Date;
  responseDueBy: Date | null;
};

/**
 * "Mijn voordrachten" (B4/A3). A bemiddelaar sees the proposals for their own candidates, with names
 * (audited as candidate.list); an accountmanager sees those for the vacancies of their employers,
 * anonymised: never a name or contact detail, only who the bemiddelaar is.
 */
export async function findProfessionalProposals(actor: Actor, filter: { status?: ProposalStatus; vacancyId?: string } = {}): Promise<ProfessionalProposalRow[]> {
  assertCan(actor, "proposal.read");
  assertRole(actor, ["JOB_MEDIATOR", "ACCOUNT_MANAGER"]); // the employer and the resident have their own views
  const named = fieldScopeFor(actor, "proposal.read") === "full";
  return prisma.$transaction(async (tx) => {
    const rows = await tx.proposal.findMany({
      where: { AND: [proposalWhereFor(actor, "proposal.read"), filter.status ? { status: filter.status } : {}, filter.vacancyId ? { vacancyId: filter.vacancyId } : {}] },
      orderBy: { updatedAt: "desc" },
      take: 200,
      select: {
        id: true,
        status: true,
        updatedAt: true,
        responseDueBy: true,
        candidateId: true,
        proposedBy: { select: { name: true } },
        candidate: { select: { firstName: named, lastName: named, owner: { select: { name: true } } } },
        vacancy: { select: { title: true, organisation: { select: { legalName: true, tradeName: true } } } },
      },
    });
    if (named) {
      await recordCandidateAccess(
        tx,
        actor,
        [...new Set(rows.map((row) => row.candidateId))].map((candidateId) => ({ candidateId, action: "candidate.list" as const, purpose: "Voordrachten bekijken" })),
      );
    }
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      vacancyTitle: row.vacancy.title,
      organisationName: row.vacancy.organisation.tradeName ?? row.vacancy.organisation.legalName,
      candidateLabel: named
        ? candidateName(row.candidate as { firstName: string; lastName: string })
        : `Kandidaat van ${row.candidate.owner?.name ?? row.proposedBy.name}`,
      candidateId: named ? row.candidateId : null,
      updatedAt: row.updatedAt,
      responseDueBy: row.responseDueBy,
    }));
  });
}
