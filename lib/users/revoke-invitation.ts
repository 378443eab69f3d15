import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PROFESSIONAL_ACCOUNT_WHERE } from "./professional-account-where";
import { revokeInvitationSchema } from "./schemas";

/**
 * ADMIN withdraws a professional's open invitation: its link stops working at once. With no open
 * invitation (already used, revoked, or a second click) nothing changes and nothing is audited.
 */
export async function revokeInvitation({ actor, input }: { actor: Actor; input: unknown }, options: { now?: Date } = {}): Promise<{ revoked: boolean }> {
  assertCan(actor, "users.manage");
  const parsed = revokeInvitationSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const now = options.now ?? new Date();

  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: parsed.data.userId, ...PROFESSIONAL_ACCOUNT_WHERE }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND");
    const { count } = await tx.userInvitation.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) return { revoked: false };
    await recordAdminChange(tx, actor, { action: "user.invitation.revoke", purpose: "Uitnodiging ingetrokken", entity: "User", entityId: user.id });
    return { revoked: true };
  });
}
