import "server-only";
import type { HelpQuestion, HelpRequestStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type OwnHelpRequest = {
  id: string;
  question: HelpQuestion;
  status: HelpRequestStatus;
  partner: string;
  team: string;
  dueBy: Date;
  acceptedBy: string | null;
  createdAt: Date;
};

/** One of the resident's own help requests, for the confirmation after aanmelding. Anyone else's: not found. */
export async function getOwnHelpRequest(actor: Actor, helpRequestId: string): Promise<OwnHelpRequest> {
  assertCan(actor, "helpRequest.submit");
  const request = await prisma.helpRequest.findFirst({
    where: { id: helpRequestId, candidate: { AND: [{ userId: actor.userId }, candidateWhereFor(actor, "helpRequest.submit")] } },
    select: {
      id: true,
      question: true,
      status: true,
      team: true,
      dueBy: true,
      createdAt: true,
      partnerOrganisation: { select: { name: true } },
      acceptedBy: { select: { name: true } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND");
  return {
    id: request.id,
    question: request.question,
    status: request.status,
    partner: request.partnerOrganisation.name,
    team: request.team,
    dueBy: request.dueBy,
    acceptedBy: request.acceptedBy?.name ?? null,
    createdAt: request.createdAt,
  };
}
