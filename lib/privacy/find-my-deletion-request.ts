import "server-only";
import type { DeletionRequestStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type MyDeletionRequestState =
  | { kind: "noCandidate" }
  | { kind: "none" }
  | { kind: "request"; status: DeletionRequestStatus; requestedAt: Date; handledAt: Date | null; refusalReason: string | null };

/** For "Mijn gegevens": the resident's latest deletion request, if any. */
export async function findMyDeletionRequest(actor: Actor): Promise<MyDeletionRequestState> {
  if (!can(actor, "privacy.requestDeletion")) return { kind: "noCandidate" };
  const candidate = await prisma.candidate.findFirst({
    where: { userId: actor.userId, anonymisedAt: null },
    select: { deletionRequests: { orderBy: { requestedAt: "desc" }, take: 1, select: { status: true, requestedAt: true, handledAt: true, refusalReason: true } } },
  });
  if (!candidate) return { kind: "noCandidate" };
  const latest = candidate.deletionRequests[0];
  return latest ? { kind: "request", ...latest } : { kind: "none" };
}
