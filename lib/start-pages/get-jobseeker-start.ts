import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { HelpQuestion, HelpRequestStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { candidateWhereFor } from "@/lib/auth/ownership-where";

export type JobseekerStart = {
  registered: boolean;
  mediator: { name: string; phone: string | null; email: string } | null;
  helpRequests: {
    id: string;
    question: HelpQuestion;
    status: HelpRequestStatus;
    partner: string;
    team: string;
    /** "Wij nemen contact met u op vóór …": the norm date of the team. */
    dueBy: Date;
    acceptedBy: string | null;
    acceptedAt: Date | null;
    createdAt: Date;
  }[];
};

/** The jobseeker's own trajectory: their bemiddelaar and their help requests (where each went, who picked it up). */
export async function getJobseekerStart(actor: Actor, options: { db?: Pick<PrismaClient, "candidate"> } = {}): Promise<JobseekerStart> {
  assertRole(actor, ["JOBSEEKER"]);
  const candidate = await (options.db ?? prisma).candidate.findFirst({
    where: { AND: [{ userId: actor.userId }, candidateWhereFor(actor, "candidate.readPersonalData")] },
    select: {
      owner: { select: { name: true, phone: true, email: true, disabledAt: true } },
      helpRequests: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: {
          id: true,
          question: true,
          status: true,
          team: true,
          dueBy: true,
          acceptedAt: true,
          createdAt: true,
          partnerOrganisation: { select: { name: true } },
          acceptedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!candidate) return { registered: false, mediator: null, helpRequests: [] };
  const owner = candidate.owner && !candidate.owner.disabledAt ? candidate.owner : null;
  return {
    registered: true,
    mediator: owner && { name: owner.name, phone: owner.phone, email: owner.email },
    helpRequests: candidate.helpRequests.map((request) => ({
      id: request.id,
      question: request.question,
      status: request.status,
      partner: request.partnerOrganisation.name,
      team: request.team,
      dueBy: request.dueBy,
      acceptedBy: request.acceptedBy?.name ?? null,
      acceptedAt: request.acceptedAt,
      createdAt: request.createdAt,
    })),
  };
}
