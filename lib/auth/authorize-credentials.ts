import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { isSecondFactorExempt } from "./demo-accounts";
import { hashPassword, isUsablePasswordHash, verifyPassword } from "./password";
import { loginSchema, secondFactorCodeSchema } from "./login-schema";
import { UNKNOWN_CLIENT } from "@/lib/security/throttle/client-address";
import { loginThrottleChecks, loginWaitMs, normaliseEmail, recordLoginAttempt } from "./login-throttle";
import { checkSecondFactorCode } from "./second-factor/check-second-factor-code";
import { isSecondFactorRequired } from "./second-factor/policy";

/** `mustEnrolSecondFactor`: a professional without a second factor; the session may only enrol (decision 018). */
export type AuthorizedUser = { id: string; name: string; role: Role; sessionVersion: number; mustEnrolSecondFactor: boolean };

export type CredentialsFailure =
  | "INVALID_CREDENTIALS"
  | "TOO_MANY_ATTEMPTS"
  | "SECOND_FACTOR_REQUIRED"
  | "SECOND_FACTOR_INVALID"
  | "SECOND_FACTOR_THROTTLED";

export type CredentialsResult = { ok: true; user: AuthorizedUser } | { ok: false; reason: CredentialsFailure };

type Db = Pick<PrismaClient, "user" | "throttleEvent" | "recoveryCode">;

// Verifying against this hash when the account does not exist makes an unknown address take as
// long as a wrong password, so response times do not reveal which addresses have an account.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("werkcentrum-dummy-password-for-timing");
  return dummyHash;
}

/**
 * Checks an email and password, then the second factor. Unknown account, wrong password, disabled account
 * and an account without a password yet (invited, not accepted) give the same answer through the same
 * steps. Recent failures make the next attempt wait (growing, capped at a minute: decision 022): during the
 * wait even the right password is refused unchecked, after it the attempt is judged on its merits.
 * With the right password: an account with the second factor on needs a code (TOTP or recovery code); a
 * professional without one is let in to enrol only; a demo account in demo mode needs the password alone.
 */
export async function authorizeCredentials(
  input: { email: unknown; password: unknown; code?: unknown; clientAddress?: string },
  options: { db?: Db; now?: Date } = {},
): Promise<CredentialsResult> {
  const db = options.db ?? prisma;
  const parsed = loginSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "INVALID_CREDENTIALS" };

  const email = normaliseEmail(parsed.data.email);
  const throttle = loginThrottleChecks(email, input.clientAddress ?? UNKNOWN_CLIENT);
  if ((await loginWaitMs(throttle, { db, now: options.now })) > 0) return { ok: false, reason: "TOO_MANY_ATTEMPTS" };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      role: true,
      sessionVersion: true,
      passwordHash: true,
      disabledAt: true,
      totpSecret: true,
      totpEnabledAt: true,
    },
  });
  const canSignIn = user !== null && user.disabledAt === null && isUsablePasswordHash(user.passwordHash);
  // An account that cannot sign in is verified against the dummy hash too: the same work, the same time.
  const passwordMatches = await verifyPassword(canSignIn ? user.passwordHash : await getDummyHash(), parsed.data.password);

  if (!canSignIn || !passwordMatches) {
    await recordLoginAttempt(throttle, false, { db, now: options.now });
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }

  await recordLoginAttempt(throttle, true, { db, now: options.now });

  const exempt = isSecondFactorExempt(email);
  const secondFactorOn = !exempt && user.totpEnabledAt !== null && user.totpSecret !== null;
  if (secondFactorOn) {
    const code = secondFactorCodeSchema.safeParse(input.code);
    if (!code.success) return { ok: false, reason: "SECOND_FACTOR_REQUIRED" };
    const check = await checkSecondFactorCode({ id: user.id, totpSecret: user.totpSecret! }, code.data, { db, now: options.now });
    if (check === "throttled") return { ok: false, reason: "SECOND_FACTOR_THROTTLED" };
    if (check === "invalid") return { ok: false, reason: "SECOND_FACTOR_INVALID" };
  }

  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: options.now ?? new Date() } });
  const mustEnrolSecondFactor = !exempt && !secondFactorOn && isSecondFactorRequired(user.role);
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mustEnrolSecondFactor } };
}
