import "server-only";
import type { JoinRequestStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";

export type MyJoinRequestStatus = {
  status: JoinRequestStatus;
  /** The KvK number the employer typed themselves; nothing else about the organisation is shown. */
  kvkNumber: string;
  requestedAt: Date;
  decidedAt: Date | null;
};

/**
 * For the employer start page: the latest request of this employer account to join a known
 * organisation, or null (no request, or the account already belongs to an organisation).
 * While PENDING, show "Uw aanvraag wacht op bevestiging door de accountmanager van deze organisatie."
 */
export async function getMyJoinRequestStatus(actor: Actor): Promise<MyJoinRequestStatus | null> {
  if (actor.role !== "EMPLOYER" || actor.organisationId) return null;
  const request = await prisma.organisationJoinRequest.findFirst({
    where: { userId: actor.userId },
    select: { status: true, createdAt: true, decidedAt: true, organisation: { select: { kvkNumber: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!request) return null;
  return {
    status: request.status,
    kvkNumber: request.organisation.kvkNumber,
    requestedAt: request.createdAt,
    decidedAt: request.decidedAt,
  };
}
