import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { checkAccountReferences } from "./check-account-references";
import { assertNotLastActiveAdmin } from "./lock-active-admins";
import { OWN_ROLE_MESSAGE } from "./messages";
import { PROFESSIONAL_ACCOUNT_WHERE } from "./professional-account-where";
import { updateProfessionalAccountSchema } from "./schemas";

export type UpdatedAccount = { userId: string; sessionsEnded: boolean };

/**
 * ADMIN changes a professional's role, partner organisation, work areas, focus areas and phone (O1).
 * A change of role or partner ends all of the user's sessions in the same transaction, so the new rights
 * hold from the next request. Refused: one's own role, and the role of the last active ADMIN.
 */
export async function updateProfessionalAccount({ actor, input }: { actor: Actor; input: unknown }): Promise<UpdatedAccount> {
  assertCan(actor, "users.manage");
  const parsed = updateProfessionalAccountSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { userId, workAreaIds, ...fields } = parsed.data;

  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, ...PROFESSIONAL_ACCOUNT_WHERE },
      select: { id: true, role: true, partnerOrganisationId: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    const roleChanged = user.role !== fields.role;
    const partnerChanged = user.partnerOrganisationId !== fields.partnerOrganisationId;
    if (roleChanged && user.id === actor.userId) throw new FieldInputError("role", OWN_ROLE_MESSAGE);
    if (roleChanged && user.role === "ADMIN") await assertNotLastActiveAdmin(tx, user.id, "role");
    await checkAccountReferences(tx, { partnerOrganisationId: fields.partnerOrganisationId, workAreaIds });

    await tx.user.update({
      where: { id: user.id },
      data: { role: fields.role, partnerOrganisationId: fields.partnerOrganisationId, focusAreas: fields.focusAreas, phone: fields.phone || null },
    });
    await tx.userWorkArea.deleteMany({ where: { userId: user.id } });
    await tx.userWorkArea.createMany({ data: workAreaIds.map((workAreaId) => ({ userId: user.id, workAreaId })) });
    const sessionsEnded = roleChanged || partnerChanged;
    if (sessionsEnded) await endAllSessions(user.id, { db: tx });
    await recordAdminChange(tx, actor, { action: "user.update", purpose: updatePurpose(roleChanged, partnerChanged), entity: "User", entityId: user.id });
    return { userId: user.id, sessionsEnded };
  });
}

function updatePurpose(roleChanged: boolean, partnerChanged: boolean): string {
  const changed = [roleChanged ? "rol" : null, partnerChanged ? "partnerorganisatie" : null].filter(Boolean).join(" en ");
  return changed ? `Accountgegevens gewijzigd (${changed}); alle sessies beëindigd` : "Accountgegevens gewijzigd (werkgebieden, aandachtsgebieden of telefoon)";
}
