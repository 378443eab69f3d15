import "server-only";
import type { DeclineReason, ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { proposalSharedFieldsWhereFor, proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { candidateName } from "./recipients";

/**
 * Why the employer does or does not see the consent-covered fields (decision 023): "open" — the
 * proposal runs (or the person is placed there) with its consent active; "consentRevoked" — the resident
 * revoked it; "ended" — declined, withdrawn, a negative interview, or the person works elsewhere now.
 */
export type EmployerProposalAccess = "open" | "consentRevoked" | "ended";

/** What the consent covers; present only while access is "open". */
export type EmployerSharedFields = {
  name: string;
  email: string | null;
  phone: string | null;
  motivation: string;
  interviewNote: string | null;
  isWorkReady: boolean;
  workReadySince: Date | null;
};

/** What the employer may see of one proposal (E5). Without consent-covered access: the anonymised proposal. */
export type EmployerProposalView = {
  id: string;
  status: ProposalStatus;
  vacancy: { id: string; title: string };
  sharedAt: Date;
  responseDueBy: Date | null;
  respondedAt: Date | null;
  declineReason: DeclineReason | null;
  interviewOutcomeAt: Date | null;
  proposedByName: string;
  profile: {
    skills: { label: string; level: number }[];
    availableFrom: Date | null;
    hoursPerWeekMin: number | null;
    hoursPerWeekMax: number | null;
  };
  access: EmployerProposalAccess;
  shared: EmployerSharedFields | null;
};

/**
 * One shared proposal for the employer's own vacancy. The anonymised part (vacancy, status, dates, the
 * decline reason, skills, availability, hours) comes from the proposal scope; the consent-covered fields
 * are loaded by a second query whose `where` (`proposalSharedFieldsWhereFor`) only matches while the
 * proposal's own consent is active and the proposal open or placed there, so after a decline, withdrawal,
 * revocation or a placement elsewhere they are not read at all. That read is audited (proposal.read) in
 * the same transaction. Another organisation's proposal, or one not shared yet, is NOT_FOUND.
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
        sharedAt: true,
        responseDueBy: true,
        respondedAt: true,
        declineReason: true,
        interviewOutcomeAt: true,
        candidateId: true,
        proposedBy: { select: { name: true } },
        vacancy: { select: { id: true, title: true } },
        consents: { where: { purpose: "SHARE_WITH_EMPLOYER", grantedAt: { not: null } }, select: { revokedAt: true } },
        candidate: {
          select: {
            availableFrom: true,
            hoursPerWeekMin: true,
            hoursPerWeekMax: true,
            skills: { select: { level: true, skill: { select: { label: true } } }, orderBy: { level: "desc" } },
          },
        },
      },
    });
    if (!proposal || !proposal.sharedAt) throw new AppError("NOT_FOUND");

    const shared = await tx.proposal.findFirst({
      where: { AND: [{ id: proposal.id }, proposalSharedFieldsWhereFor(actor, "proposal.read")] },
      select: {
        motivation: true,
        interviewNote: true,
        candidate: { select: { firstName: true, lastName: true, email: true, phone: true, isWorkReady: true, workReadySince: true } },
      },
    });
    if (shared) {
      await recordCandidateAccess(tx, actor, [
        { candidateId: proposal.candidateId, action: "proposal.read", purpose: "Voordracht bekijken als werkgever", entity: "Proposal", entityId: proposal.id },
      ]);
    }
    const revoked = proposal.consents.length > 0 && proposal.consents.every((consent) => consent.revokedAt !== null);
    const { candidate } = proposal;
    return {
      id: proposal.id,
      status: proposal.status,
      vacancy: proposal.vacancy,
      sharedAt: proposal.sharedAt,
      responseDueBy: proposal.responseDueBy,
      respondedAt: proposal.respondedAt,
      declineReason: proposal.declineReason,
      interviewOutcomeAt: proposal.interviewOutcomeAt,
      proposedByName: proposal.proposedBy.name,
      profile: {
        skills: candidate.skills.map((skill) => ({ label: skill.skill.label, level: skill.level })),
        availableFrom: candidate.availableFrom,
        hoursPerWeekMin: candidate.hoursPerWeekMin,
        hoursPerWeekMax: candidate.hoursPerWeekMax,
      },
      access: shared ? "open" : revoked ? "consentRevoked" : "ended",
      shared: shared
        ? {
            name: candidateName(shared.candidate),
            email: shared.candidate.email,
            phone: shared.candidate.phone,
            motivation: shared.motivation,
            interviewNote: shared.interviewNote,
            isWorkReady: shared.candidate.isWorkReady,
            workReadySince: shared.candidate.workReadySince,
          }
        : null,
    };
  });
}
