import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

const SELECT = { id: true, candidateId: true, status: true, requestedAt: true, handledAt: true } as const;

/**
 * The administrator's list of deletion requests (J6): open ones first (oldest first, the one-month
 * term runs), then the latest handled ones. Ids and dates only, no names: the list needs no more.
 */
export async function findDeletionRequests(actor: Actor, options: { handledLimit?: number } = {}) {
  assertCan(actor, "privacy.handleDeletion");
  const [open, handled] = await Promise.all([
    prisma.deletionRequest.findMany({ where: { status: "REQUESTED" }, orderBy: [{ requestedAt: "asc" }, { id: "asc" }], select: SELECT }),
    prisma.deletionRequest.findMany({
      where: { status: { not: "REQUESTED" } },
      orderBy: [{ handledAt: "desc" }, { id: "asc" }],
      take: options.handledLimit ?? 100,
      select: SELECT,
    }),
  ]);
  return { open, handled };
}
