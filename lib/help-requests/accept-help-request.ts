import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { acceptHelpRequestSchema, ALREADY_ACCEPTED_MESSAGE } from "./schemas";
import { OPEN_HELP_REQUEST_STATUSES, teamQueueWhere } from "./team-queue-where";

export const ACCEPT_PURPOSE = "Aanmelding oppakken en begeleiding starten";

export type AcceptedHelpRequest = { helpRequestId: string; candidateId: string; acceptedAt: Date };

/**
 * A bemiddelaar of the team the request was routed to picks it up (B1): the request becomes
 * ACCEPTED, the candidate gets this bemiddelaar as owner (a change of owner is logged as an
 * OwnershipTransfer), the access is audited and the resident is told who picked it up. The status
 * guard in the update makes two simultaneous accepts end with exactly one winner; the other gets
 * "al opgepakt". A request outside the actor's partner organisation is "not found".
 */
export async function acceptHelpRequest({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: unknown;
  now?: Date;
}): Promise<AcceptedHelpRequest> {
  assertCan(actor, "helpRequest.accept");
  const parsed = acceptHelpRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { helpRequestId } = parsed.data;

  const { result, after } = await prisma.$transaction(async (tx) => {
    const request = await tx.helpRequest.findFirst({
      where: { AND: [{ id: helpRequestId }, teamQueueWhere(actor)] },
      select: {
        id: true,
        team: true,
        candidate: { select: { id: true, userId: true, ownerId: true } },
        partnerOrganisation: { select: { name: true } },
      },
    });
    if (!request) throw new AppError("NOT_FOUND");

    const claimed = await tx.helpRequest.updateMany({
      where: { id: request.id, status: { in: [...OPEN_HELP_REQUEST_STATUSES] } },
      data: { status: "ACCEPTED", acceptedById: actor.userId, acceptedAt: now },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", { userMessage: ALREADY_ACCEPTED_MESSAGE });

    const candidate = request.candidate;
    if (candidate.ownerId !== actor.userId) {
      await tx.candidate.update({ where: { id: candidate.id }, data: { ownerId: actor.userId } });
      if (candidate.ownerId) {
        await tx.ownershipTransfer.create({
          data: {
            candidateId: candidate.id,
            fromUserId: candidate.ownerId,
            toUserId: actor.userId,
            byUserId: actor.userId,
            reason: `Aanmelding opgepakt door ${request.team}`,
            createdAt: now,
          },
        });
      }
    }
    await recordCandidateAccess(tx, actor, [
      { candidateId: candidate.id, action: "helpRequest.accept", purpose: ACCEPT_PURPOSE, entity: "HelpRequest", entityId: request.id },
    ]);
    const after = candidate.userId
      ? await notify(tx, [
          {
            userId: candidate.userId,
            kind: "helpRequest.accepted",
            title: `Uw aanvraag is opgepakt door ${actor.name}`,
            body: `${actor.name} van ${request.team} (${request.partnerOrganisation.name}) neemt contact met u op.`,
            link: "/werkzoekende",
          },
        ])
      : async () => {};
    return { result: { helpRequestId: request.id, candidateId: candidate.id, acceptedAt: now }, after };
  });
  await after();
  return result;
}
