import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, ruleFor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { organisationMasterDataSchema } from "./master-data-schemas";

/**
 * The owner accountmanager (or ADMIN) edits an employer's master data, segmentation and flags (A1).
 * Ownership is part of the `where`, so a non-owner gets NOT_FOUND and nothing changes. The
 * employer's own "contact details" edit is a separate, narrower function (not built yet), so an
 * EMPLOYER is refused here.
 */
export async function updateOrganisationMasterData({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "organisation.editMasterData");
  if (ruleFor(actor.role, "organisation.editMasterData") === "ownOrganisationContactDetails") throw new AppError("FORBIDDEN");
  const parsed = organisationMasterDataSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { organisationId, municipalityCode, ...fields } = parsed.data;

  return prisma.$transaction(async (tx) => {
    const where = { AND: [{ id: organisationId }, organisationWhereFor(actor, "organisation.editMasterData")] };
    const exists = await tx.organisation.findFirst({ where, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND");
    if (municipalityCode) {
      const municipality = await tx.municipality.findUnique({ where: { code: municipalityCode }, select: { code: true } });
      if (!municipality) throw new FieldInputError("municipalityCode", "Kies een gemeente uit de lijst.");
    }
    // The ownership check runs again in the UPDATE itself, so a transfer in between cannot slip through.
    const { count } = await tx.organisation.updateMany({
      where,
      data: { ...fields, municipalityCode, outsideRegion: municipalityCode === null },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    return { id: organisationId };
  });
}
