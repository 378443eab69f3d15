import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { answerableConsentRequestWhere } from "./pending-request-where";

export type PendingConsentRequest =
  | {
      kind: "employer";
      consentId: string;
      requestedAt: Date;
      organisationName: string;
      vacancyTitle: string;
      motivation: string;
      requestedBy: string;
    }
  | {
      kind: "partner";
      consentId: string;
      requestedAt: Date;
      partnerName: string;
      reason: string;
      requestedBy: string;
    };

/** The resident's own unanswered consent requests ("Openstaande verzoeken"), oldest first. */
export async function findPendingConsentRequests(actor: Actor): Promise<PendingConsentRequest[]> {
  assertCan(actor, "consent.manage");
  const rows = await prisma.consent.findMany({
    where: { AND: [answerableConsentRequestWhere, { candidate: { AND: [candidateWhereFor(actor, "consent.manage"), { anonymisedAt: null }] } }] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      purpose: true,
      createdAt: true,
      organisation: { select: { legalName: true, tradeName: true } },
      proposal: { select: { motivation: true, vacancy: { select: { title: true } }, proposedBy: { select: { name: true } } } },
      handover: { select: { reason: true, toPartnerOrganisation: { select: { name: true } }, fromUser: { select: { name: true } } } },
    },
  });
  return rows.flatMap((row): PendingConsentRequest[] => {
    if (row.purpose === "SHARE_WITH_EMPLOYER" && row.proposal) {
      return [
        {
          kind: "employer",
          consentId: row.id,
          requestedAt: row.createdAt,
          organisationName: row.organisation ? (row.organisation.tradeName ?? row.organisation.legalName) : "Onbekende werkgever",
          vacancyTitle: row.proposal.vacancy.title,
          motivation: row.proposal.motivation,
          requestedBy: row.proposal.proposedBy.name,
        },
      ];
    }
    if (row.purpose === "SHARE_WITH_PARTNER_ON_HANDOVER" && row.handover) {
      return [
        {
          kind: "partner",
          consentId: row.id,
          requestedAt: row.createdAt,
          partnerName: row.handover.toPartnerOrganisation.name,
          reason: row.handover.reason,
          requestedBy: row.handover.fromUser.name,
        },
      ];
    }
    return [];
  });
}
