import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updatePartnerSchema } from "./schemas";

/** ADMIN changes a partner's name, kind and note; help requests, handovers and users keep pointing at it. */
export async function updatePartner({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = updatePartnerSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { id, ...data } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.partnerOrganisation.updateMany({ where: { id }, data });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await recordAdminChange(tx, actor, { action: "partner.update", purpose: "Partnerorganisatie gewijzigd", entity: "PartnerOrganisation", entityId: id });
    return { id };
  });
}
