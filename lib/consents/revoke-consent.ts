import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ownCandidateForUpdate } from "./own-candidate-for-update";
import { revokeConsentSchema } from "./schemas";

/**
 * The resident revokes one of their consents (J3). Every active row of the same subject (the
 * partners, that employer, that partner) gets revokedAt, so no older duplicate keeps sharing on;
 * the Consent trigger bumps Candidate.matchVersion, and matching (sharesWithPartnersWhere) and employer
 * access (candidateWhereFor) stop at once. Revoking what is already revoked changes nothing.
 * Someone else's consent id is NOT_FOUND.
 */
export async function revokeConsent({ actor, input }: { actor: Actor; input: unknown }): Promise<{ changed: boolean; revokedAt: Date | null }> {
  assertCan(actor, "consent.manage");
  const parsed = revokeConsentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");

  return prisma.$transaction(async (tx) => {
    const candidateId = await ownCandidateForUpdate(tx, actor);
    const consent = await tx.consent.findFirst({
      where: { id: parsed.data.consentId, candidateId },
      select: { purpose: true, organisationId: true, partnerOrganisationCode: true, revokedAt: true },
    });
    if (!consent) throw new AppError("NOT_FOUND");

    const sameSubject: Prisma.ConsentWhereInput = {
      candidateId,
      purpose: consent.purpose,
      ...(consent.purpose === "SHARE_WITH_EMPLOYER" ? { organisationId: consent.organisationId } : {}),
      ...(consent.purpose === "SHARE_WITH_PARTNER_ON_HANDOVER" ? { partnerOrganisationCode: consent.partnerOrganisationCode } : {}),
    };
    const revokedAt = new Date();
    const { count } = await tx.consent.updateMany({
      where: { AND: [sameSubject, { grantedAt: { not: null }, revokedAt: null }] },
      data: { revokedAt },
    });
    return count > 0 ? { changed: true, revokedAt } : { changed: false, revokedAt: consent.revokedAt };
  });
}
