import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertNotLastActiveAdmin } from "./lock-active-admins";
import { OWN_ACCOUNT_DISABLE_MESSAGE } from "./messages";
import { PROFESSIONAL_ACCOUNT_WHERE } from "./professional-account-where";
import { setUserDisabledSchema } from "./schemas";

export type DisabledState = { userId: string; disabled: boolean; changed: boolean };

/**
 * ADMIN blocks a professional's account (all sessions end and open invitations are revoked, in one
 * transaction) or unblocks it. Refused: blocking oneself and blocking the last active ADMIN. Asking for
 * the state the account already has changes nothing (a double click) and is not audited twice.
 */
export async function setUserDisabled({ actor, input }: { actor: Actor; input: unknown }, options: { now?: Date } = {}): Promise<DisabledState> {
  assertCan(actor, "users.manage");
  const parsed = setUserDisabledSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { userId, disabled } = parsed.data;
  const now = options.now ?? new Date();

  return prisma.$transaction(async (tx) => {
    if (disabled && userId === actor.userId) throw new AppError("CONFLICT", { userMessage: OWN_ACCOUNT_DISABLE_MESSAGE });
    if (disabled) await assertNotLastActiveAdmin(tx, userId);
    const user = await tx.user.findFirst({ where: { id: userId, ...PROFESSIONAL_ACCOUNT_WHERE }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND");
    // Conditional on the current state, so of two clicks at once only one changes (and audits) anything.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, disabledAt: disabled ? null : { not: null } },
      data: { disabledAt: disabled ? now : null },
    });
    if (count === 0) return { userId, disabled, changed: false };
    if (disabled) {
      await tx.userInvitation.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
      await endAllSessions(user.id, { db: tx });
    }
    await recordAdminChange(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      purpose: disabled ? "Account geblokkeerd; alle sessies beëindigd" : "Account gedeblokkeerd",
      entity: "User",
      entityId: user.id,
    });
    return { userId, disabled, changed: true };
  });
}
