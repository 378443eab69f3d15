import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isSecondFactorExempt } from "@/lib/auth/demo-accounts";
import { endOtherSessions } from "@/lib/auth/end-other-sessions";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { issueRecoveryCodes } from "./issue-recovery-codes";
import { ALREADY_ON_MESSAGE, DEMO_EXEMPT_MESSAGE, ENROLMENT_EXPIRED_MESSAGE, WRONG_CODE_MESSAGE } from "./messages";
import type { TotpCodeInput } from "./schemas";
import { openTotpSecret } from "./secret-box";
import { matchTotpCode } from "./totp";

/**
 * Turns the second factor on with a code from the app for the pending secret. In one transaction: the
 * secret becomes active (its time step is spent, so the same code cannot also sign in), ten recovery codes
 * replace any old ones, the user's other sessions end (they were signed in with the password only) and this
 * session is no longer one that must enrol. Returns the recovery codes: the only time they are shown.
 */
export async function confirmSecondFactorEnrolment(
  { actor, sessionId, input }: { actor: Actor; sessionId: string | null; input: TotpCodeInput },
  options: { now?: Date } = {},
): Promise<{ recoveryCodes: string[] }> {
  assertCan(actor, "secondFactor.manage", { userId: actor.userId });
  const now = options.now ?? new Date();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", { userMessage: ALREADY_ON_MESSAGE });
  if (isSecondFactorExempt(user.email)) throw new AppError("FORBIDDEN", { userMessage: DEMO_EXEMPT_MESSAGE });
  if (!user.totpSecret) throw new AppError("CONFLICT", { userMessage: ENROLMENT_EXPIRED_MESSAGE });

  const step = await matchTotpCode(openTotpSecret(user.totpSecret, actor.userId), input.code, { now });
  if (step === null) throw new FieldInputError("code", WRONG_CODE_MESSAGE);

  return prisma.$transaction(async (tx) => {
    // The same pending secret, still off: a double submit or a secret replaced meanwhile turns nothing on twice.
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, totpSecret: user.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: now, totpLastTimeStep: step },
    });
    if (count === 0) throw new AppError("CONFLICT", { userMessage: ALREADY_ON_MESSAGE });
    const recoveryCodes = await issueRecoveryCodes(tx, actor.userId);
    await endOtherSessions(actor.userId, sessionId, { db: tx, now });
    if (sessionId) await tx.userSession.updateMany({ where: { id: sessionId, userId: actor.userId }, data: { mustEnrolSecondFactor: false } });
    return { recoveryCodes };
  });
}
