import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { throttleKey } from "@/lib/security/throttle/throttle-key";
import { clearThrottle, recordThrottleEvents, throttleWaitMs } from "@/lib/security/throttle/throttle-store";
import { TOO_MANY_WRONG_PASSWORDS_MESSAGE, WRONG_CURRENT_PASSWORD_MESSAGE } from "./messages";

/** At most 5 wrong current passwords per account per 15 minutes: a stolen session cannot guess the password. */
export const CURRENT_PASSWORD_LIMIT = THROTTLE.currentPassword;

const keyFor = (userId: string) => throttleKey(CURRENT_PASSWORD_LIMIT, userId);

/**
 * Before an own-account change: the caller proves they know the current password. Refused while the account
 * has too many recent wrong answers; a wrong answer is counted (outside any transaction of the change, so
 * the count stays) and answered at the field. Returns the stored user for the change.
 */
export async function checkCurrentPassword(userId: string, password: string, now: Date): Promise<{ email: string; passwordHash: string }> {
  if ((await throttleWaitMs(CURRENT_PASSWORD_LIMIT, keyFor(userId), { now })) > 0) {
    throw new AppError("RATE_LIMITED", { userMessage: TOO_MANY_WRONG_PASSWORDS_MESSAGE });
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordThrottleEvents([[CURRENT_PASSWORD_LIMIT, keyFor(userId)]], "FAILURE", { now });
    throw new FieldInputError("currentPassword", WRONG_CURRENT_PASSWORD_MESSAGE);
  }
  return user;
}

/** Inside the change's transaction: the password was right, earlier wrong answers no longer count. */
export async function clearCurrentPasswordFailures(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await clearThrottle(tx, CURRENT_PASSWORD_LIMIT, keyFor(userId));
}
