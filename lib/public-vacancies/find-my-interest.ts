import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type MyInterestState = "noCandidate" | "interested" | "notYet";

/** For the "Ik heb interesse" button: has this resident already shown interest in the vacancy? */
export async function findMyInterest({ actor, vacancyId }: { actor: Actor; vacancyId: string }): Promise<MyInterestState> {
  if (!can(actor, "vacancy.expressInterest")) return "noCandidate";
  const candidate = await prisma.candidate.findFirst({
    where: { userId: actor.userId, anonymisedAt: null },
    select: { interests: { where: { vacancyId }, select: { vacancyId: true } } },
  });
  if (!candidate) return "noCandidate";
  return candidate.interests.length > 0 ? "interested" : "notYet";
}
