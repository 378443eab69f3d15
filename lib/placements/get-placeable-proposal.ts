import "server-only";
import type { ContractType, ProposalStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type PlaceableProposal = {
  id: string;
  status: ProposalStatus;
  candidateName: string;
  vacancyTitle: string;
  employerName: string;
  contractType: ContractType;
  hoursPerWeek: number;
  placementId: string | null;
  instruments: { code: string; name: string; needsWageValue: boolean }[];
};

/** The proposal behind the placement form: only the owner bemiddelaar's own candidates (audited read). */
export async function getPlaceableProposal({ actor, proposalId }: { actor: Actor; proposalId: string }): Promise<PlaceableProposal> {
  assertCan(actor, "placement.record");
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findFirst({
      where: { AND: [{ id: proposalId }, proposalWhereFor(actor, "placement.record")] },
      select: {
        id: true,
        status: true,
        candidateId: true,
        candidate: { select: { firstName: true, lastName: true } },
        vacancy: { select: { title: true, contractType: true, hoursPerWeek: true, organisation: { select: { legalName: true, tradeName: true } } } },
        placement: { select: { id: true } },
      },
    });
    if (!proposal) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: proposal.candidateId, action: "proposal.read", purpose: "Plaatsing voorbereiden", entity: "Proposal", entityId: proposal.id }]);
    const instruments = await tx.instrument.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, needs: true } });
    return {
      id: proposal.id,
      status: proposal.status,
      candidateName: `${proposal.candidate.firstName} ${proposal.candidate.lastName}`,
      vacancyTitle: proposal.vacancy.title,
      employerName: proposal.vacancy.organisation.tradeName ?? proposal.vacancy.organisation.legalName,
      contractType: proposal.vacancy.contractType,
      hoursPerWeek: proposal.vacancy.hoursPerWeek,
      placementId: proposal.placement?.id ?? null,
      instruments: instruments.map((i) => ({ code: i.code, name: i.name, needsWageValue: i.needs.includes("LOONWAARDEMETING") })),
    };
  });
}
