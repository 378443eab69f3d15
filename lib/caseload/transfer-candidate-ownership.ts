import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { notify } from "@/lib/notifications/notify";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { transferCandidateSchema } from "./schemas";

const SAME_OWNER = "Deze bemiddelaar is al de eigenaar van de kandidaat. Kies een andere bemiddelaar.";
const NOT_A_MEDIATOR = "Kies een andere, actieve bemiddelaar.";
export const OTHER_PARTNER =
  "Deze bemiddelaar werkt bij een andere partnerorganisatie. Dat kan alleen met toestemming van de kandidaat, via een warme overdracht naar een partner. Kies hier een bemiddelaar van dezelfde organisatie.";
const NO_OWNER = "Deze kandidaat heeft nog geen vaste bemiddelaar. Pak de aanmelding op via de nieuwe aanmeldingen van uw team.";

export type TransferredCandidate = { id: string; ownerId: string; transferId: string };

/**
 * The owner bemiddelaar (or ADMIN) hands a candidate to another active bemiddelaar of the same partner
 * organisation (B1; to another partner only through a warm handover, with consent). The new
 * owner, the OwnershipTransfer log row, the audit entry and the notification are one transaction;
 * the UPDATE re-checks the old owner, so of two transfers at once (or a double click) only one counts.
 */
export async function transferCandidateOwnership({ actor, input }: { actor: Actor; input: unknown }): Promise<TransferredCandidate> {
  assertCan(actor, "candidate.transferOwnership");
  const parsed = transferCandidateSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { candidateId, toUserId, reason } = parsed.data;

  let after = async () => {};
  const result = await prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId, anonymisedAt: null }, candidateWhereFor(actor, "candidate.transferOwnership")] },
      select: { id: true, ownerId: true, firstName: true, lastName: true, owner: { select: { partnerOrganisationId: true } } },
    });
    if (!candidate) throw new AppError("NOT_FOUND");
    if (!candidate.ownerId) throw new AppError("CONFLICT", { userMessage: NO_OWNER });
    if (candidate.ownerId === toUserId) throw new FieldInputError("toUserId", SAME_OWNER);
    const newOwner = await tx.user.findFirst({ where: { id: toUserId, role: "JOB_MEDIATOR", disabledAt: null }, select: { id: true, partnerOrganisationId: true } });
    if (!newOwner) throw new FieldInputError("toUserId", NOT_A_MEDIATOR);
    // Another partner organisation is another controller of the data: only with the resident's consent,
    // which the warm handover asks for (decision 023).
    if ((newOwner.partnerOrganisationId ?? null) !== (candidate.owner?.partnerOrganisationId ?? null)) throw new FieldInputError("toUserId", OTHER_PARTNER);

    const { count } = await tx.candidate.updateMany({
      where: { id: candidate.id, ownerId: candidate.ownerId },
      data: { ownerId: newOwner.id },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    const transfer = await tx.ownershipTransfer.create({
      data: { candidateId: candidate.id, fromUserId: candidate.ownerId, toUserId: newOwner.id, byUserId: actor.userId, reason },
      select: { id: true },
    });
    await recordCandidateAccess(tx, actor, [
      {
        candidateId: candidate.id,
        action: "ownership.transfer",
        purpose: "Kandidaat overdragen aan een andere bemiddelaar",
        entity: "OwnershipTransfer",
        entityId: transfer.id,
      },
    ]);

    const name = `${candidate.firstName} ${candidate.lastName}`;
    const link = `/professional/kandidaten/${candidate.id}`;
    const messages: NotificationMessage[] = [
      {
        userId: newOwner.id,
        kind: "candidate.ownershipTransferred",
        title: `U bent nu de bemiddelaar van ${name}`,
        body: `Overgedragen door ${actor.name}. Reden: ${reason}`,
        link,
      },
    ];
    if (candidate.ownerId !== actor.userId) {
      messages.push({
        userId: candidate.ownerId,
        kind: "candidate.ownershipTransferred",
        title: `${name} is overgedragen aan een andere bemiddelaar`,
        body: `Overgedragen door ${actor.name}.`,
        link: "/professional/kandidaten",
      });
    }
    after = await notify(tx, messages);
    return { id: candidate.id, ownerId: newOwner.id, transferId: transfer.id };
  }).catch(async (error: unknown) => {
    after = async () => {}; // nothing of the failed attempt was stored, so nothing is sent
    // The same transfer sent twice (double click, resend): the first one did it; answer with that.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) {
      const replayed = await findSameTransfer(actor, candidateId, toUserId);
      if (replayed) return replayed;
    }
    throw error;
  });
  await after();
  return result;
}

/** The candidate's latest transfer, when it was this actor's to this bemiddelaar and still holds. */
async function findSameTransfer(actor: Actor, candidateId: string, toUserId: string): Promise<TransferredCandidate | null> {
  const latest = await prisma.ownershipTransfer.findFirst({
    where: { candidateId },
    orderBy: { createdAt: "desc" },
    select: { id: true, byUserId: true, toUserId: true, candidate: { select: { ownerId: true } } },
  });
  if (!latest || latest.byUserId !== actor.userId || latest.toUserId !== toUserId || latest.candidate?.ownerId !== toUserId) return null;
  return { id: candidateId, ownerId: toUserId, transferId: latest.id };
}
