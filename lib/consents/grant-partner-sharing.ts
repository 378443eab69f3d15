import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ownCandidateForUpdate } from "./own-candidate-for-update";
import { grantPartnerSharingSchema } from "./schemas";

/**
 * The resident allows sharing their profile with the Werkcentrum partners again (J3). A grant is a
 * new history row; when sharing is already on nothing changes, so a double click is one change.
 */
export async function grantPartnerSharing({ actor, input }: { actor: Actor; input: unknown }): Promise<{ changed: boolean; grantedAt: Date }> {
  assertCan(actor, "consent.manage");
  if (!grantPartnerSharingSchema.safeParse(input ?? {}).success) throw new AppError("INVALID_INPUT");

  return prisma.$transaction(async (tx) => {
    const candidateId = await ownCandidateForUpdate(tx, actor);
    const active = await tx.consent.findFirst({
      where: { candidateId, purpose: "SHARE_WITH_PARTNERS", grantedAt: { not: null }, revokedAt: null },
      orderBy: { grantedAt: "desc" },
      select: { grantedAt: true },
    });
    if (active) return { changed: false, grantedAt: active.grantedAt! };
    const created = await tx.consent.create({
      data: { candidateId, purpose: "SHARE_WITH_PARTNERS", grantedAt: new Date() },
      select: { grantedAt: true },
    });
    return { changed: true, grantedAt: created.grantedAt! };
  });
}
