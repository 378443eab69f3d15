import "server-only";
import type { DeclineReason, ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { fieldScopeFor } from "@/lib/auth/field-scope";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { candidateName } from "./recipients";

export type ProfessionalProposalView = {
  id: string;
  status: ProposalStatus;
  vacancy: { id: string; title: string; organisationName: string };
  /** The candidate's name for the owner bemiddelaar; null for the accountmanager. */
  candidate: { id: string; name: string } | null;
  ownerName: string;
  proposedByName: string;
  motivation: string;
  createdAt: Date;
  sharedAt: Date | null;
  responseDueBy: Date | null;
  respondedAt: Date | null;
  declineReason: DeclineReason | null;
  declineText: string | null;
  interviewNote: string | null;
  interviewOutcomeAt: Date | null;
  withdrawnReason: string | null;
  canWithdraw: boolean;
  history: { fromStatus: ProposalStatus | null; toStatus: ProposalStatus; at: Date; byName: string | null }[];
};

/**
 * One proposal for a professional, with its status history and the employer's answer (B4). The
 * owner bemiddelaar sees the candidate's name (audited proposal.read); the accountmanager of the
 * employer sees it anonymised. Anything else is NOT_FOUND.
 */
export async function getProfessionalProposal(actor: Actor, proposalId: string): Promise<ProfessionalProposalView> {
  assertCan(actor, "proposal.read");
  assertRole(actor, ["JOB_MEDIATOR", "ACCOUNT_MANAGER"]); // the employer and the resident have their own views
  const named = fieldScopeFor(actor, "proposal.read") === "full";
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findFirst({
      where: { AND: [{ id: proposalId }, proposalWhereFor(actor, "proposal.read")] },
      select: {
        id: true,
        status: true,
        motivation: true,
        createdAt: true,
        sharedAt: true,
        responseDueBy: true,
        respondedAt: true,
        declineReason: true,
        declineText: true,
        interviewNote: true,
        interviewOutcomeAt: true,
        withdrawnReason: true,
        candidateId: true,
        proposedBy: { select: { name: true } },
        candidate: { select: { firstName: named, lastName: named, ownerId: true, owner: { select: { name: true } } } },
        vacancy: { select: { id: true, title: true, organisation: { select: { legalName: true, tradeName: true } } } },
        statusChanges: { orderBy: { at: "asc" }, select: { fromStatus: true, toStatus: true, at: true, byUser: { select: { name: true, role: true } } } },
      },
    });
    if (!proposal) throw new AppError("NOT_FOUND");
    if (named) {
      await recordCandidateAccess(tx, actor, [
        { candidateId: proposal.candidateId, action: "proposal.read", purpose: "Voordracht bekijken", entity: "Proposal", entityId: proposal.id },
      ]);
    }
    const organisationName = proposal.vacancy.organisation.tradeName ?? proposal.vacancy.organisation.legalName;
    return {
      id: proposal.id,
      status: proposal.status,
      vacancy: { id: proposal.vacancy.id, title: proposal.vacancy.title, organisationName },
      candidate: named ? { id: proposal.candidateId, name: candidateName(proposal.candidate as { firstName: string; lastName: string }) } : null,
      ownerName: proposal.candidate.owner?.name ?? proposal.proposedBy.name,
      proposedByName: proposal.proposedBy.name,
      motivation: proposal.motivation,
      createdAt: proposal.createdAt,
      sharedAt: proposal.sharedAt,
      responseDueBy: proposal.responseDueBy,
      respondedAt: proposal.respondedAt,
      declineReason: proposal.declineReason,
      declineText: proposal.declineText,
      interviewNote: proposal.interviewNote,
      interviewOutcomeAt: proposal.interviewOutcomeAt,
      withdrawnReason: proposal.withdrawnReason,
      canWithdraw: can(actor, "proposal.withdraw", { candidateOwnerId: proposal.candidate.ownerId }),
      // The resident answering the consent is shown as "de kandidaat", never by name to an accountmanager.
      history: proposal.statusChanges.map((change) => ({
        fromStatus: change.fromStatus,
        toStatus: change.toStatus,
        at: change.at,
        byName: change.byUser ? (change.byUser.role === "JOBSEEKER" ? "De kandidaat" : change.byUser.name) : null,
      })),
    };
  });
}
