import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { loadActiveSecondFactor } from "./load-active-second-factor";
import type { CurrentCodeInput } from "./schemas";
import { verifyCurrentCode } from "./verify-current-code";

/**
 * An employer or resident turns their second factor off, after a current code: the secret and the
 * recovery codes are removed and every session ends, this one too, so the next sign-in is with the
 * password alone and shows the change took effect (decision 018). Professionals are refused by the table.
 */
export async function turnOffSecondFactor({ actor, input }: { actor: Actor; input: CurrentCodeInput }, options: { now?: Date } = {}): Promise<{ turnedOff: true }> {
  assertCan(actor, "secondFactor.turnOff", { userId: actor.userId });
  const now = options.now ?? new Date();
  const user = await loadActiveSecondFactor(actor.userId);
  await verifyCurrentCode(user, input.code, now);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await endAllSessions(actor.userId, { db: tx });
  });
  return { turnedOff: true };
}
