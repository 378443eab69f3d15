import "server-only";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import type { Actor } from "@/lib/auth/actor";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { checkCurrentPassword, clearCurrentPasswordFailures } from "./current-password-check";
import { SAME_PASSWORD_MESSAGE } from "./messages";
import { changePasswordSchema } from "./schemas";

/**
 * "Wachtwoord wijzigen" (issue 14 O2): with the current password, a new one that meets the policy. Ends
 * every session of the user, this one included (the page then signs out this browser): whoever might
 * have a session or the old password is out, and the user shows at once that the new one works.
 */
export async function changePassword({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<{ changed: true }> {
  assertCan(actor, "account.changePassword", { userId: actor.userId });
  const { currentPassword, newPassword } = await changePasswordSchema.parseAsync(input);
  const user = await checkCurrentPassword(actor.userId, currentPassword, now);
  if (await verifyPassword(user.passwordHash, newPassword)) throw new FieldInputError("newPassword", SAME_PASSWORD_MESSAGE);

  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    // A reset link asked for earlier must not set yet another password afterwards.
    await tx.passwordResetToken.updateMany({ where: { userId: actor.userId, usedAt: null }, data: { usedAt: now } });
    await clearCurrentPasswordFailures(tx, actor.userId);
    await endAllSessions(actor.userId, { db: tx });
    await recordAdminChange(tx, actor, { action: "account.changePassword", purpose: "Eigen wachtwoord gewijzigd", entity: "User", entityId: actor.userId });
  });
  return { changed: true };
}
