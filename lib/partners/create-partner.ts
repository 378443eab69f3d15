import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { createPartnerSchema } from "./schemas";

export const PARTNER_CODE_TAKEN_MESSAGE = "Er is al een partnerorganisatie met deze code. Kies een andere code.";

/** ADMIN adds a partner organisation; the code is unique (a double submit stores one partner). */
export async function createPartner({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = createPartnerSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  try {
    return await prisma.$transaction(async (tx) => {
      const partner = await tx.partnerOrganisation.create({ data: parsed.data, select: { id: true } });
      await recordAdminChange(tx, actor, { action: "partner.create", purpose: "Partnerorganisatie toegevoegd", entity: "PartnerOrganisation", entityId: partner.id });
      return partner;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldInputError("code", PARTNER_CODE_TAKEN_MESSAGE);
    throw error;
  }
}
