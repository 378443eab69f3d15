import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ResetSecondFactorInput } from "./schemas";

/**
 * ADMIN resets a user's second factor (a lost phone and lost recovery codes): removes the secret and the
 * recovery codes and ends all of that user's sessions, audited, in one transaction. A professional enrols
 * again at the next sign-in. An unknown user id is NOT_FOUND.
 */
export async function resetSecondFactor({ actor, input }: { actor: Actor; input: ResetSecondFactorInput }): Promise<{ reset: true }> {
  assertCan(actor, "secondFactor.reset");
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await endAllSessions(user.id, { db: tx });
    await recordAdminChange(tx, actor, { action: "user.resetSecondFactor", purpose: "Tweede factor gereset", entity: "User", entityId: user.id });
  });
  return { reset: true };
}
