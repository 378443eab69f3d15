/**
 * Factories for warm handovers (B7) and matchtafel notes (B8), written straight to the database.
 *
 *   const handover = await createHandover({ candidateId, fromUserId: bm.id, partnerCode: "UWV", status: "PENDING" });
 *   await createCaseNote({ vacancyId, authorId: bm.id, candidateId });
 */
import type { HandoverStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { ensurePartner } from "./candidates";

export type HandoverOptions = {
  candidateId: string;
  fromUserId: string;
  partnerCode?: string;
  status?: HandoverStatus;
  deadline?: Date;
  toTeam?: string | null;
  reason?: string;
  acceptedById?: string | null;
  decidedAt?: Date | null;
  createdAt?: Date;
  /** The handover's consent row: "pending" (not answered), "granted", "revoked", "declined" or "none" (no row). Default: granted unless AWAITING_CONSENT. */
  consent?: "pending" | "granted" | "revoked" | "declined" | "none";
};

/** A handover with its consent row (SHARE_WITH_PARTNER_ON_HANDOVER for the partner's code). */
export async function createHandover(options: HandoverOptions) {
  const partnerCode = options.partnerCode ?? "UWV";
  const partner = await ensurePartner(partnerCode);
  const status = options.status ?? "PENDING";
  const handover = await prisma.handover.create({
    data: {
      candidateId: options.candidateId,
      fromUserId: options.fromUserId,
      toPartnerOrganisationId: partner.id,
      toTeam: options.toTeam ?? null,
      reason: options.reason ?? "Past beter bij het aanbod van deze partner",
      deadline: options.deadline ?? new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      status,
      acceptedById: options.acceptedById ?? null,
      decidedAt: options.decidedAt ?? null,
      createdAt: options.createdAt,
    },
  });
  const consent = options.consent ?? (status === "AWAITING_CONSENT" ? "pending" : "granted");
  if (consent !== "none") {
    const at = new Date();
    await prisma.consent.create({
      data: {
        candidateId: options.candidateId,
        purpose: "SHARE_WITH_PARTNER_ON_HANDOVER",
        partnerOrganisationCode: partnerCode,
        handoverId: handover.id,
        grantedAt: consent === "granted" || consent === "revoked" ? at : null,
        revokedAt: consent === "revoked" ? at : null,
        declinedAt: consent === "declined" ? at : null,
      },
    });
  }
  return { handover, partner };
}

/** A matchtafel note. */
export async function createCaseNote(options: { vacancyId: string; authorId: string; candidateId?: string | null; text?: string; createdAt?: Date }) {
  return prisma.caseNote.create({
    data: {
      vacancyId: options.vacancyId,
      authorId: options.authorId,
      candidateId: options.candidateId ?? null,
      text: options.text ?? "Besproken aan de matchtafel.",
      createdAt: options.createdAt,
    },
  });
}
