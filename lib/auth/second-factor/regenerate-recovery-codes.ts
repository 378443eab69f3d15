import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { endOtherSessions } from "@/lib/auth/end-other-sessions";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { issueRecoveryCodes } from "./issue-recovery-codes";
import { loadActiveSecondFactor } from "./load-active-second-factor";
import type { CurrentCodeInput } from "./schemas";
import { verifyCurrentCode } from "./verify-current-code";

/**
 * Ten new recovery codes for the own account, after a current code; the old codes stop working and the
 * user's other sessions end (a lost list may have been used to sign in elsewhere). Returns them once.
 */
export async function regenerateRecoveryCodes(
  { actor, sessionId, input }: { actor: Actor; sessionId: string | null; input: CurrentCodeInput },
  options: { now?: Date } = {},
): Promise<{ recoveryCodes: string[] }> {
  assertCan(actor, "secondFactor.manage", { userId: actor.userId });
  const now = options.now ?? new Date();
  const user = await loadActiveSecondFactor(actor.userId);
  await verifyCurrentCode(user, input.code, now);
  return prisma.$transaction(async (tx) => {
    const recoveryCodes = await issueRecoveryCodes(tx, actor.userId);
    await endOtherSessions(actor.userId, sessionId, { db: tx, now });
    return { recoveryCodes };
  });
}
