import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { HelpQuestion } from "@/generated/prisma/enums";
import { ageOn } from "./age";
import { routeHelpRequest } from "./route-help-request";

export type HelpRequestConfirmation = {
  helpRequestId: string;
  partner: string;
  team: string;
  dueBy: Date;
};

/**
 * Inside the caller's transaction: routes and stores one help request for the candidate, and the
 * consent to share with the Werkcentrum partners when it was given and is not already active.
 */
export async function createHelpRequestRecord(
  tx: Prisma.TransactionClient,
  data: {
    candidate: { id: string; birthDate: Date | null };
    question: HelpQuestion;
    text: string | null;
    shareWithPartners: boolean;
    submissionKey: string;
    now: Date;
  },
): Promise<HelpRequestConfirmation> {
  const age = data.candidate.birthDate ? ageOn(data.candidate.birthDate, data.now) : null;
  const route = await routeHelpRequest(tx, { question: data.question, age, now: data.now });
  const request = await tx.helpRequest.create({
    data: {
      candidateId: data.candidate.id,
      question: data.question,
      text: data.text,
      routingRuleId: route.routingRuleId,
      partnerOrganisationId: route.partnerOrganisationId,
      team: route.team,
      status: "ROUTED",
      dueBy: route.dueBy,
      submissionKey: data.submissionKey,
      createdAt: data.now,
    },
    select: { id: true },
  });
  if (data.shareWithPartners) {
    const active = await tx.consent.findFirst({
      where: { candidateId: data.candidate.id, purpose: "SHARE_WITH_PARTNERS", grantedAt: { not: null }, revokedAt: null },
      select: { id: true },
    });
    if (!active) await tx.consent.create({ data: { candidateId: data.candidate.id, purpose: "SHARE_WITH_PARTNERS", grantedAt: data.now } });
  }
  return { helpRequestId: request.id, partner: route.partnerName, team: route.team, dueBy: route.dueBy };
}

/** The confirmation of a stored request (for a repeated submission and the confirmation page). */
export const confirmationSelect = {
  id: true,
  team: true,
  dueBy: true,
  partnerOrganisation: { select: { name: true } },
} as const satisfies Prisma.HelpRequestSelect;

export function toConfirmation(request: { id: string; team: string; dueBy: Date; partnerOrganisation: { name: string } }): HelpRequestConfirmation {
  return { helpRequestId: request.id, partner: request.partnerOrganisation.name, team: request.team, dueBy: request.dueBy };
}
