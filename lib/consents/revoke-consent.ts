import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { consequencesOfRevoking } from "./consequences-of-revoking";
import { ownCandidateForUpdate } from "./own-candidate-for-update";
import { revokeConsentSchema } from "./schemas";

/**
 * The resident revokes one of their consents (J3). Every active row of the same subject (the
 * partners, that employer, that partner) gets revokedAt, so no older duplicate keeps sharing on;
 * the Consent trigger bumps Candidate.matchVersion, and matching (sharesWithPartnersWhere) and employer
 * access (candidateWhereFor) stop at once. Revoking what is already revoked changes nothing.
 * Someone else's consent id is NOT_FOUND. Revoking an employer consent tells the bemiddelaars of the
 * open proposals at that employer; revoking a handover consent cancels a handover still waiting.
 */
export async function revokeConsent({ actor, input, now }: { actor: Actor; input: unknown; now?: Date }): Promise<{ changed: boolean; revokedAt: Date | null }> {
  assertCan(actor, "consent.manage");
  const parsed = revokeConsentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");

  const at = now ?? (await currentTime());
  const { result, after } = await prisma.$transaction(async (tx) => {
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
    const revokedAt = at;
    const { count } = await tx.consent.updateMany({
      where: { AND: [sameSubject, { grantedAt: { not: null }, revokedAt: null }] },
      data: { revokedAt },
    });
    if (count === 0) return { result: { changed: false, revokedAt: consent.revokedAt }, after: null };
    const messages = await consequencesOfRevoking(tx, { candidateId, ...consent });
    return { result: { changed: true, revokedAt }, after: await notify(tx, messages) };
  });
  if (after) await after();
  return result;
}
