import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { notify } from "@/lib/notifications/notify";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { transferOwnershipSchema } from "./master-data-schemas";

const NOT_AN_ACCOUNT_MANAGER = "Kies een andere, actieve accountmanager.";

/**
 * The owner accountmanager (or ADMIN) hands an employer to another active accountmanager. The
 * ownership change, the OwnershipTransfer log row and the notification to the new owner are one
 * transaction; the UPDATE re-checks the old owner, so two transfers at once cannot both succeed.
 */
export async function transferOrganisationOwnership({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; ownerId: string }> {
  assertCan(actor, "organisation.transferOwnership");
  const parsed = transferOwnershipSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { organisationId, toUserId, reason } = parsed.data;

  let after = async () => {};
  const result = await prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { AND: [{ id: organisationId }, organisationWhereFor(actor, "organisation.transferOwnership")] },
      select: { id: true, legalName: true, ownerId: true },
    });
    if (!organisation) throw new AppError("NOT_FOUND");
    if (organisation.ownerId === toUserId) throw new FieldInputError("toUserId", NOT_AN_ACCOUNT_MANAGER);
    const newOwner = await tx.user.findFirst({
      where: { id: toUserId, role: "ACCOUNT_MANAGER", disabledAt: null },
      select: { id: true },
    });
    if (!newOwner) throw new FieldInputError("toUserId", NOT_AN_ACCOUNT_MANAGER);

    const { count } = await tx.organisation.updateMany({
      where: { id: organisation.id, ownerId: organisation.ownerId },
      data: { ownerId: newOwner.id },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    await tx.ownershipTransfer.create({
      data: { organisationId: organisation.id, fromUserId: organisation.ownerId, toUserId: newOwner.id, byUserId: actor.userId, reason },
    });

    const link = `/professional/werkgevers/${organisation.id}`;
    const messages: NotificationMessage[] = [
      {
        userId: newOwner.id,
        kind: "organisation.ownershipTransferred",
        title: `U bent nu de vaste contactpersoon van ${organisation.legalName}`,
        body: reason ? `Overgedragen door ${actor.name}. Reden: ${reason}` : `Overgedragen door ${actor.name}.`,
        link,
      },
    ];
    if (organisation.ownerId !== actor.userId) {
      messages.push({
        userId: organisation.ownerId,
        kind: "organisation.ownershipTransferred",
        title: `${organisation.legalName} is overgedragen aan een andere accountmanager`,
        body: `Overgedragen door ${actor.name}.`,
        link,
      });
    }
    after = await notify(tx, messages);
    return { id: organisation.id, ownerId: newOwner.id };
  });
  await after();
  return result;
}
