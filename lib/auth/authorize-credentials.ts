import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { hashPassword, isUsablePasswordHash, verifyPassword } from "./password";
import { loginSchema } from "./login-schema";
import { accountKeyFor, ipKeyFor, isLoginThrottled, normaliseEmail, recordLoginAttempt } from "./login-throttle";

export type AuthorizedUser = { id: string; name: string; role: Role; sessionVersion: number };

export type CredentialsResult =
  | { ok: true; user: AuthorizedUser }
  | { ok: false; reason: "INVALID_CREDENTIALS" | "TOO_MANY_ATTEMPTS" };

type Db = Pick<PrismaClient, "user" | "loginAttempt">;

// Verifying against this hash when the account does not exist makes an unknown address take as
// long as a wrong password, so response times do not reveal which addresses have an account.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("werkcentrum-dummy-password-for-timing");
  return dummyHash;
}

/**
 * Checks an email and password. Unknown account, wrong password, disabled account and an account
 * without a password yet (invited, not accepted) give the same answer through the same steps; too many
 * recent failures refuse even the right password.
 */
export async function authorizeCredentials(
  input: { email: unknown; password: unknown; ip?: string | null },
  options: { db?: Db; now?: Date } = {},
): Promise<CredentialsResult> {
  const db = options.db ?? prisma;
  const parsed = loginSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "INVALID_CREDENTIALS" };

  const email = normaliseEmail(parsed.data.email);
  const keys = { accountKey: accountKeyFor(email), ipKey: ipKeyFor(input.ip) };
  if (await isLoginThrottled(keys, { db, now: options.now })) return { ok: false, reason: "TOO_MANY_ATTEMPTS" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true },
  });
  const canSignIn = user !== null && user.disabledAt === null && isUsablePasswordHash(user.passwordHash);
  // An account that cannot sign in is verified against the dummy hash too: the same work, the same time.
  const passwordMatches = await verifyPassword(canSignIn ? user.passwordHash : await getDummyHash(), parsed.data.password);

  if (!canSignIn || !passwordMatches) {
    await recordLoginAttempt({ ...keys, success: false }, { db });
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }

  await recordLoginAttempt({ ...keys, success: true }, { db });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: options.now ?? new Date() } });
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
