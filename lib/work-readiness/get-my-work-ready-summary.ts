import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

/** The resident's own werkfit summary: the status, since when, and the date of the latest assessment. */
export type MyWorkReadySummary = { isWorkReady: boolean; since: Date | null; lastAssessedOn: Date | null };

/** For the resident's portal; null when the account has no candidate record yet. */
export async function getMyWorkReadySummary(actor: Actor): Promise<MyWorkReadySummary | null> {
  assertCan(actor, "assessment.readSummary");
  // "My" summary only exists for a resident; professionals use getWorkReadySummary with an id.
  assertRole(actor, ["JOBSEEKER"]);
  const candidate = await prisma.candidate.findFirst({
    where: { AND: [{ userId: actor.userId }, candidateWhereFor(actor, "assessment.readSummary")] },
    select: {
      isWorkReady: true,
      workReadySince: true,
      assessments: { select: { assessedOn: true }, orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }], take: 1 },
    },
  });
  if (!candidate) return null;
  return {
    isWorkReady: candidate.isWorkReady,
    since: candidate.isWorkReady ? candidate.workReadySince : null,
    lastAssessedOn: candidate.assessments[0]?.assessedOn ?? null,
  };
}
