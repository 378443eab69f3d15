import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, ruleFor } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { sharesWithPartnersWhere } from "@/lib/consents/active-consent-where";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** All an accountmanager may know of a candidate's assessment (B2): werkfit ja/nee, and since when. */
export type WorkReadySummary = { isWorkReady: boolean; since: Date | null };

/**
 * The werkfit flag of one candidate, for whoever may read the summary: an accountmanager (any
 * candidate who shares their profile with the partners, as in matching), the owner bemiddelaar, or
 * the resident. Never scores, notes or target groups. Audited (the resident's own read is not).
 */
export async function getWorkReadySummary(actor: Actor, candidateId: string): Promise<WorkReadySummary> {
  assertCan(actor, "assessment.readSummary");
  const scope: Prisma.CandidateWhereInput[] = [candidateWhereFor(actor, "assessment.readSummary")];
  if (ruleFor(actor.role, "assessment.readSummary") === "workReadyFlagOnly") scope.push(sharesWithPartnersWhere);
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId, anonymisedAt: null }, ...scope] },
      select: { id: true, isWorkReady: true, workReadySince: true },
    });
    if (!candidate) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: candidate.id, action: "assessment.read", purpose: "Werkfit (ja of nee) bekijken" }]);
    return { isWorkReady: candidate.isWorkReady, since: candidate.isWorkReady ? candidate.workReadySince : null };
  });
}
