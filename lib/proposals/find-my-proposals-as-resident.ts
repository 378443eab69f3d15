import "server-only";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { proposalWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type ResidentProposalRow = { id: string; status: ProposalStatus; vacancyTitle: string; organisationName: string; motivation: string; updatedAt: Date };

/** Mijn traject (J4): the proposals made for me, newest first. Only the resident's own. */
export async function findMyProposalsAsResident(actor: Actor): Promise<ResidentProposalRow[]> {
  assertCan(actor, "proposal.read");
  if (actor.role !== "JOBSEEKER") return [];
  const rows = await prisma.proposal.findMany({
    where: proposalWhereFor(actor, "proposal.read"),
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, status: true, motivation: true, updatedAt: true, vacancy: { select: { title: true, organisation: { select: { legalName: true, tradeName: true } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    vacancyTitle: row.vacancy.title,
    organisationName: row.vacancy.organisation.tradeName ?? row.vacancy.organisation.legalName,
    motivation: row.motivation,
    updatedAt: row.updatedAt,
  }));
}
