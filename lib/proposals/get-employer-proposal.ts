import "server-only";
import type { DeclineReason, ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { candidateWhereFor, proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { candidateName } from "./recipients";

/** What the employer may see of one proposal (E5). `contact` is null unless consent is active now. */
export type EmployerProposalView = {
  id: string;
  status: ProposalStatus;
  vacancy: { id: string; title: string };
  motivation: string;
  sharedAt: Date;
  responseDueBy: Date | null;
  respondedAt: Date | null;
  declineReason: DeclineReason | null;
  declineText: string | null;
  interviewNote: string | null;
  interviewOutcomeAt: Date | null;
  proposedByName: string;
  profile: {
    skills: { label: string; level: number }[];
    availableFrom: Date | null;
    hoursPerWeekMin: number | null;
    hoursPerWeekMax: number | null;
    isWorkReady: boolean;
    workReadySince: Date | null;
  };
  consentActive: boolean;
  contact: { name: string; email: string | null; phone: string | null } | null;
};

/**
 * One shared proposal for the employer's own vacancy, with only the fields the consent allows.
 * Name, e-mail and phone are loaded only while the candidate's SHARE_WITH_EMPLOYER consent for this
 * organisation is active; then the read is audited (proposal.read) in the same transaction. Another
 * organisation's proposal, or one not shared yet, is NOT_FOUND.
 */
export async function getEmployerProposal(actor: Actor, proposalId: string): Promise<EmployerProposalView> {
  assertCan(actor, "proposal.read");
  assertRole(actor, ["EMPLOYER"]);
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findFirst({
      where: { AND: [{ id: proposalId }, proposalWhereFor(actor, "proposal.read")] },
      select: {
        id: true,
        status: true,
        motivation: true,
        sharedAt: true,
        responseDueBy: true,
        respondedAt: true,
        declineReason: true,
        declineText: true,
        interviewNote: true,
        interviewOutcomeAt: true,
        candidateId: true,
        proposedBy: { select: { name: true } },
        vacancy: { select: { id: true, title: true } },
        candidate: {
          select: {
            availableFrom: true,
            hoursPerWeekMin: true,
            hoursPerWeekMax: true,
            isWorkReady: true,
            workReadySince: true,
            skills: { select: { level: true, skill: { select: { label: true } } }, orderBy: { level: "desc" } },
          },
        },
      },
    });
    if (!proposal || !proposal.sharedAt) throw new AppError("NOT_FOUND");

    const personal = await tx.candidate.findFirst({
      where: { AND: [{ id: proposal.candidateId, anonymisedAt: null }, candidateWhereFor(actor, "candidate.readPersonalData")] },
      select: { firstName: true, lastName: true, email: true, phone: true },
    });
    if (personal) {
      await recordCandidateAccess(tx, actor, [
        { candidateId: proposal.candidateId, action: "proposal.read", purpose: "Voordracht bekijken als werkgever", entity: "Proposal", entityId: proposal.id },
      ]);
    }
    const { candidate } = proposal;
    return {
      id: proposal.id,
      status: proposal.status,
      vacancy: proposal.vacancy,
      motivation: proposal.motivation,
      sharedAt: proposal.sharedAt,
      responseDueBy: proposal.responseDueBy,
      respondedAt: proposal.respondedAt,
      declineReason: proposal.declineReason,
      declineText: proposal.declineText,
      interviewNote: proposal.interviewNote,
      interviewOutcomeAt: proposal.interviewOutcomeAt,
      proposedByName: proposal.proposedBy.name,
      profile: {
        skills: candidate.skills.map((skill) => ({ label: skill.skill.label, level: skill.level })),
        availableFrom: candidate.availableFrom,
        hoursPerWeekMin: candidate.hoursPerWeekMin,
        hoursPerWeekMax: candidate.hoursPerWeekMax,
        isWorkReady: candidate.isWorkReady,
        workReadySince: candidate.workReadySince,
      },
      consentActive: personal !== null,
      contact: personal ? { name: candidateName(personal), email: personal.email, phone: personal.phone } : null,
    };
  });
}
